<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/canvas/nodegroupitem.cpp" line="+32"/>
        <source>not in the catalog</source>
        <translation>不在目录中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 per node</source>
        <translation>每节点 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sketchframeitem.cpp" line="+36"/>
        <source>Training cluster</source>
        <translation>训练集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference fleet</source>
        <translation>推理集群</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no workload: choose one in Properties</source>
        <translation>无工作负载：请在“属性”中选择</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not simulated</source>
        <translation>未模拟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <location filename="../../ui/results/bandformat.cpp" line="+75"/>
        <location line="+3"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>tok</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smp</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/bandformat.cpp" line="+3"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <location filename="../../ui/results/bandformat.cpp" line="+6"/>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <location line="-49"/>
        <location filename="../../ui/results/bandformat.cpp" line="+1"/>
        <source>TPOT p99</source>
        <translation>TPOT p99</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Latency p99</source>
        <translation>时延 p99</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>SLO met</source>
        <translation>SLO 达成</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+24"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+53"/>
        <source>Run cost (once)</source>
        <translation>训练成本（一次性）</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 of %3, avg %4</source>
        <translation>%1–%2（共 %3），平均 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Peak power</source>
        <translation>峰值功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Validated</source>
        <translation>已验证</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/bandformat.cpp" line="-36"/>
        <source>uncalibrated</source>
        <translation>未校准</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/catalogeditor/catalogrowform.cpp" line="+37"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/chartexport.cpp" line="+45"/>
        <location line="+18"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Chart exported by Infraplan</source>
        <translation>由 Infraplan 导出的图表</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparisontablewidget.cpp" line="+33"/>
        <source>Training: %1</source>
        <translation>训练：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serving: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>range %1 to %2</source>
        <translation>范围 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/costlatencychart.cpp" line="+21"/>
        <source>Cost against latency</source>
        <translation>成本与时延</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No inference fleet has a priced result yet.</source>
        <translation>尚无推理集群得出带价格的结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>per million output tokens</source>
        <translation>每百万输出 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per million requests</source>
        <translation>每百万次请求</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pareto front: %1</source>
        <translation>帕累托前沿：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/comparison/latencythroughputchart.cpp" line="+69"/>
        <source>Target: %1 ≤ %2 ms</source>
        <translation>目标：%1 ≤ %2 ms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4: %5 ms&lt;br&gt;%6%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4：%5 ms&lt;br&gt;%6%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meets every target</source>
        <translation>满足全部目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>misses a target</source>
        <translation>未满足某项目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; on the Pareto front</source>
        <translation>；位于帕累托前沿</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/comparison/latencythroughputchart.cpp" line="+12"/>
        <source>%1 (ms)</source>
        <translation>%1（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 latency (ms): TTFT for LLMs, end-to-end otherwise</source>
        <translation>p99 时延（ms）：大模型为 TTFT，其他为端到端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per unit (%1)</source>
        <translation>单位成本（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per million output tokens (%1)</source>
        <translation>每百万输出 token 成本（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per million requests (%1)</source>
        <translation>每百万次请求成本（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/dailytrafficchart.cpp" line="+23"/>
        <source>Traffic and instances over a day</source>
        <translation>一天内的流量与实例数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No inference fleet has results yet.</source>
        <translation>尚无推理集群得出结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hour of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic (requests/s)</source>
        <translation>流量（请求/秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances held</source>
        <translation>持有的实例</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2:00–%3:00: %4 requests/s on %5 replicas, %6 of %7 instances drawn&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2:00–%3:00：%4 请求/秒，%5 个副本，占用绘制的 %7 个实例中的 %6 个&lt;br&gt;%8</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Traffic: %1</source>
        <translation>流量：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:00–%2:00: %3 requests/s</source>
        <translation>%1:00–%2:00：%3 请求/秒</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/findingsview.cpp" line="+20"/>
        <source>Best option</source>
        <translation>最佳方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets missed</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle accelerators</source>
        <translation>闲置加速器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over-provisioned</source>
        <translation>配置过剩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/latencythroughputchart.cpp" line="-62"/>
        <source>Latency under load</source>
        <translation>负载下的时延</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 replicas)</source>
        <translation>%1（%2 个副本）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 requests/s on %3 replicas%4&lt;br&gt;%5: %6 ms%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 请求/秒，%3 个副本%4&lt;br&gt;%5：%6 ms%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 of capacity)</source>
        <translation>（容量的 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;meets every target</source>
        <translation>&lt;br&gt;满足全部目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;misses a target</source>
        <translation>&lt;br&gt;未满足某项目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No inference fleet has results to sweep.</source>
        <translation>没有可扫描负载的推理集群结果。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Load (requests/s)</source>
        <translation>负载（请求/秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p99 latency (ms)</source>
        <translation>p99 时延（ms）</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/tcochart.cpp" line="+29"/>
        <source>No sketch has a priced result yet.</source>
        <translation>尚无方案得出带价格的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/monthlycostchart.cpp" line="+106"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3/month (%4 of %5)&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3/月（占 %5 的 %4）&lt;br&gt;%6</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Range within the validated error</source>
        <translation>验证误差范围</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 to %3 a month&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;每月 %2 至 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly cost of the fleets by component</source>
        <translation>推理集群月度成本（按组成）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No inference fleet has a priced result yet (a training run is a one-off cost: see the cost of ownership).</source>
        <translation>尚无推理集群得出带价格的结果（训练是一次性成本：见总拥有成本）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>机房空间</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sketch (total per month)</source>
        <translation>方案（每月合计）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly cost (%1)</source>
        <translation>月成本（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/powerchart.cpp" line="+20"/>
        <source>Power draw</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3 kW&lt;br&gt;accelerators %4 kW, hosts %5 kW, network %6 kW; PUE %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3 kW&lt;br&gt;加速器 %4 kW，主机 %5 kW，网络 %6 kW；PUE %7</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sketch has a power result yet.</source>
        <translation>尚无方案得出功耗结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw (facility = IT × PUE)</source>
        <translation>功耗（设施 = IT × PUE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average, IT</source>
        <translation>平均，IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak, IT</source>
        <translation>峰值，IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, facility</source>
        <translation>平均，设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak, facility</source>
        <translation>峰值，设施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power (kW)</source>
        <translation>功率（kW）</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/tcochart.cpp" line="-9"/>
        <source>Total cost of ownership over %1 months</source>
        <translation>%1 个月的总拥有成本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;after %2 months: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个月后：%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative spend (%1)</source>
        <translation>累计支出（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/trainingscalingchart.cpp" line="+28"/>
        <source>Training time and cost against cluster size</source>
        <translation>训练时长和成本与集群规模</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No training cluster has results to scale.</source>
        <translation>没有可缩放的训练集群结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accelerators (log scale)</source>
        <translation>加速器数（对数坐标）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to train (days)</source>
        <translation>训练时长（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of the run (%1)</source>
        <translation>训练成本（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn size</source>
        <translation>画布上的规模</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: time to train</source>
        <translation>%1：训练时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: run cost</source>
        <translation>%1：训练成本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 accelerators on %3 servers&lt;br&gt;%4 days, %5, MFU %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%3 台服务器上的 %2 个加速器&lt;br&gt;%4 天，%5，MFU %6&lt;br&gt;%7</translation>
    </message>
    <message>
        <location filename="../../ui/document/moveitemscommand.cpp" line="+12"/>
        <source>Move item</source>
        <translation>移动项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 items</source>
        <translation>移动 %1 个项目</translation>
    </message>
    <message>
        <location filename="../../ui/results/resultformat.cpp" line="+28"/>
        <source>%1%2 billion</source>
        <translation>%1%2 十亿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 million</source>
        <translation>%1%2 百万</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 GWh</source>
        <translation>%1 GWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/catalogtext.cpp" line="+38"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers and cloud instances</source>
        <translation>服务器与云实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interconnects</source>
        <translation>互连</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/monthlycostchart.cpp" line="-62"/>
        <location filename="../../ui/widgets/catalogtext.cpp" line="+2"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/catalogtext.cpp" line="+2"/>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model presets</source>
        <translation>模型预设</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> T</source>
        <translation> T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <location line="+58"/>
        <source> · your catalog</source>
        <translation> · 您的目录</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;i&gt;No figures&lt;/i&gt;</source>
        <translation>&lt;i&gt;无数据&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/chartstyle.cpp" line="+89"/>
        <source>billion %1</source>
        <translation>十亿 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand %1</source>
        <translation>千 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/coverpage.cpp" line="+74"/>
        <source>… (the description continues for %L1 more characters in the project file)</source>
        <translation>……（项目文件中的描述还有 %L1 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/results/bandformat.cpp" line="-17"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No validated band for this sketch.</source>
        <translation>此方案没有经验证的误差带。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;How far to trust these figures&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;这些数字的可信程度&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>步长时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost of the run</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max requests per replica</source>
        <translation>每副本最大请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>req</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End to end p99</source>
        <translation>端到端 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances the peak needs</source>
        <translation>峰值所需实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average power</source>
        <translation>平均功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;The range is where the figure lands if the hardware runs as much slower or faster than predicted as the engine was on the 10th and 90th percentile of its held-out validated runs; fleets are re-sized in whole instances at both ends.&lt;/i&gt;</source>
        <translation>&lt;i&gt;范围表示：若硬件比预测慢或快的程度与引擎在留出验证运行中第 10 和第 90 百分位的误差相同，该数字将落在何处；两端的集群都按整实例重新规划。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>infraplan::Phrase</name>
    <message>
        <location filename="../../ui/i18n/phrasetext.cpp" line="+28"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../model/phrase.cpp" line="+19"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 less</source>
        <translation>少 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more</source>
        <translation>多 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 times as much</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 %1 %2 ms</source>
        <translation>p99 %1 %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 %1 %2 ms (target %3 ms)</source>
        <translation>p99 %1 %2 ms（目标 %3 ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to first token</source>
        <translation>首 token 时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time per output token</source>
        <translation>每输出 token 时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-to-end latency</source>
        <translation>端到端时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fleet for %1 meets every target.</source>
        <translation>%1 没有任何推理集群满足全部目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of requests within target; %3</source>
        <translation>%1：%2 的请求在目标之内；%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of requests within target; %3; limited by %4</source>
        <translation>%1：%2 的请求在目标之内；%3；受限于%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 meets every target for %2 at %3.</source>
        <translation>%1 以 %3 满足 %2 的全部目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the cheapest option that meets every target for %2: %3.</source>
        <translation>%1 是满足 %2 全部目标的最便宜方案：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; %3 of requests within target</source>
        <translation>%1：%2；%3 的请求在目标之内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per million output tokens: %1</source>
        <translation>每百万输出 token 成本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per million requests: %1</source>
        <translation>每百万次请求成本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 also meets every target at %2 (%3)</source>
        <translation>%1 也满足全部目标，成本 %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 costs less (%2) but misses a target: %3</source>
        <translation>%1 成本更低（%2），但未满足某项目标：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 trains %2 for the least: %3 in %4 days.</source>
        <translation>%1 训练 %2 的成本最低：%3，耗时 %4 天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 in %3 days (%4)</source>
        <translation>%1：%2，耗时 %3 天（%4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training-class hardware: %1</source>
        <translation>训练级硬件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 serves on training-class hardware; %2 meets the same targets and costs %3: saves %4.</source>
        <translation>%1 在训练级硬件上提供推理服务；%2 满足相同目标，成本%3：节省 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Saving: %1, %2 a year</source>
        <translation>节省：%1，每年 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 serves on training-class hardware; on %2 the same targets cost %3: saves about %4.</source>
        <translation>%1 在训练级硬件上提供推理服务；改用 %2 满足相同目标，成本%3：约节省 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As drawn: %1 for %2 %3 on average, %4</source>
        <translation>按当前绘制：%1，平均 %2 台 %3，%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 (%2 accelerator per replica, %3 of %4 instances at peak, %5 on average): %6, %7</source>
        <translation>改用 %1（每副本 %2 个加速器，峰值 %3/%4 个实例，平均 %5 个）：%6，%7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On %1 (%2 accelerators per replica, %3 of %4 instances at peak, %5 on average): %6, %7</source>
        <translation>改用 %1（每副本 %2 个加速器，峰值 %3/%4 个实例，平均 %5 个）：%6，%7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both simulated over the same day of traffic with the same model; duplicate the frame and change the hardware to keep the alternative</source>
        <translation>两者均以同一天的流量和同一模型模拟；如需保留替代方案，请复制方案框并更换硬件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the %2 leaves the accelerators idle %3 of every step.</source>
        <translation>%1：%2使加速器在每一步中有 %3 的时间空闲。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2 leaves the accelerators idle.</source>
        <translation>%1：%2使加速器空闲。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage tier</source>
        <translation>存储层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fabric between servers</source>
        <translation>服务器间网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+139"/>
        <source>the storage tier delivers %1 GB/s but the run needs %2 GB/s: the accelerators wait %3% of each step</source>
        <translation>存储层提供 %1 GB/s，但训练需要 %2 GB/s：加速器在每一步中有 %3% 的时间在等待</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1 of %2 accelerators are left idle by this layout</source>
        <translation>此布局使 %2 个加速器中的 %1 个处于空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data loading stalls %1 of each %2 step</source>
        <translation>数据加载在每个 %2 的步长中停顿 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposed communication per step: data-parallel %1, pipeline %2, of %3</source>
        <translation>每步未被掩盖的通信：数据并行 %1，流水线 %2，步长 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step time %1 s, MFU %2</source>
        <translation>步长时间 %1 s，MFU %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting costs about %1 of the %2 run</source>
        <translation>等待约占训练成本 %2 中的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: serving in %2 instead of %3 would cost about %4 less, about %5 off its %6.</source>
        <translation>%1：以 %2 代替 %3 提供推理，成本约降低 %4，即从 %6 中约节省 %5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 peaks at %2 TFLOP/s in %3 against %4 in %5, and %3 weights take half the memory and bandwidth</source>
        <translation>%1 在 %3 下峰值为 %2 TFLOP/s，%5 下为 %4，且 %3 权重只占一半的显存和带宽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In %1: %2 replicas at peak, %3</source>
        <translation>%1 下：峰值 %2 个副本，%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the model&apos;s quality in %1 before switching (the share saved comes from the analytical estimate of both)</source>
        <translation>切换前请检查模型在 %1 下的质量（节省比例来自两者的解析估算）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is over-provisioned: %2.</source>
        <translation>%1 资源过度配置：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autoscaling is off, so the peak fleet runs all day</source>
        <translation>未开启自动伸缩，峰值规模的集群全天运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the minimum of %1 replicas is above what the traffic needs</source>
        <translation>最少 %1 个副本的下限高于流量所需</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the replicas run well below the %1 target utilization</source>
        <translation>副本的利用率远低于 %1 的目标利用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average utilization %1 (%2 requests/s on average over %3 replicas of %4 requests/s each)</source>
        <translation>平均利用率 %1（平均 %2 请求/秒，分布在 %3 个副本上，每副本 %4 请求/秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The traffic needs %1 replicas on average at %2 utilization</source>
        <translation>按 %2 利用率计算，流量平均需要 %1 个副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running only those would save about %1 of compute</source>
        <translation>只运行这些副本约可节省 %1 的计算费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too close to call for %1: %2 at %3 and %4 at %5 overlap within the validated error.</source>
        <translation>%1 难分高下：%2（%3）与 %4（%5）在验证误差范围内重叠。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would decide it: a measured run of %1 on %2 and on %3 (%4, %5 validated cases; %6, %7).</source>
        <translation>决定因素：在 %2 和 %3 上实测运行 %1（%4，%5 个验证案例；%6，%7）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stays cheaper unless it runs about %2 slower than predicted relative to %3.</source>
        <translation>除非 %1 相对 %3 比预测慢约 %2，否则它仍更便宜。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accelerator %1 is not in the catalog</source>
        <translation>加速器 %1 不在目录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance %1 is not in the catalog</source>
        <translation>实例 %1 不在目录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is marked training-class in the catalog</source>
        <translation>%1 在目录中标记为训练级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is marked inference-class in the catalog</source>
        <translation>%1 在目录中标记为推理级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a CPU</source>
        <translation>%1 是 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB of %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB/s of %2 scale-up per device</source>
        <translation>每设备 %1 GB/s 的 %2 纵向扩展带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale-up</source>
        <translation>纵向扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scale-up link</source>
        <translation>无纵向扩展互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 and %3</source>
        <translation>%1：%2，以及%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same as %1</source>
        <translation>与 %1 大致相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points %2 than %3</source>
        <translation>比 %3 %2 %1 个百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 than %3</source>
        <translation>比 %3 %2 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 times as expensive as %2</source>
        <translation>费用是 %2 的 %1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 times as expensive %2 as %3</source>
        <translation>%2费用是 %3 的 %1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 %3 drawn</source>
        <translation>绘制的 %2 台 %3 中的 %1 台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets %1 with %2 at peak (%3), each replica limited by %4</source>
        <translation>满足%1：峰值时使用%2（%3），每个副本受限于%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every target</source>
        <translation>全部目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its load (no latency target set)</source>
        <translation>其负载（未设时延目标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replica</source>
        <translation>%1 个副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replicas</source>
        <translation>%1 个副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (above its target utilization at peak: the autoscaler would want %1)</source>
        <translation>（峰值时高于目标利用率：自动伸缩需要 %1 台）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misses %1</source>
        <translation>未满足：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its load</source>
        <translation>其负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 &gt; %3</source>
        <translation>%1 %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbounded (the queue never drains)</source>
        <translation>无上限（队列永远排不空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: at peak the queue overflows and %1 of the day&apos;s requests are dropped</source>
        <translation>：峰值时队列溢出，当天 %1 的请求被丢弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: at peak the queue overflows, %1 requests/s arriving for at most %2 served</source>
        <translation>：峰值时队列溢出，到达 %1 请求/秒，最多只能处理 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; binding constraint: %1</source>
        <translation>；瓶颈：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (needs %1 GB/s of ingress, the instances give %2 GB/s)</source>
        <translation>（需要 %1 GB/s 的入站带宽，实例只提供 %2 GB/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (a single request already takes longer than the target on this replica)</source>
        <translation>（在此副本上单个请求的耗时已超过目标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (no number of %4 meets the %1 target: one replica with nothing else to serve already takes %2, the round trip to users included, against %3; only faster accelerators per replica or a looser target can)</source>
        <translation>（任何数量的 %4 都无法满足 %1 目标：一个没有其他请求的副本已需 %2（含到用户的往返时延），而目标为 %3；只有为每个副本换用更快的加速器或放宽目标才能满足）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (an idle replica already gives a %1 of %2 against the %3 target: more instances will not help; use more or faster accelerators per replica, or a lower target)</source>
        <translation>（空闲副本的 %1 已达 %2，目标为 %3：增加实例无济于事；请为每个副本使用更多或更快的加速器，或放宽目标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the peak needs %1 %2 but the fleet may hold only %3 under the autoscaler&apos;s maximum; the latencies above are what it gets with %3)</source>
        <translation>（峰值需要 %1 台 %2，但在自动伸缩上限下集群最多只能有 %3 台；以上时延为 %3 台时的结果）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the peak needs %1 %2 but the fleet may hold only %3: draw more instances; the latencies above are what it gets with %3)</source>
        <translation>（峰值需要 %1 台 %2，但集群最多只能有 %3 台：请绘制更多实例；以上时延为 %3 台时的结果）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the fleet is at its ceiling of %1 %2: draw more instances)</source>
        <translation>（集群已达上限 %1 台 %2：请绘制更多实例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (bursts and scale-up delay outrun the autoscaler: lower its target utilization or raise the minimum)</source>
        <translation>（突发流量和扩容延迟超出自动伸缩的应对能力：请降低其目标利用率或提高最少副本数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it cannot be priced: %1</source>
        <translation>无法定价：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it costs %1 a month</source>
        <translation>每月成本 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, mostly %1 owned %2 at %3 a month each (%4)</source>
        <translation>，主要是 %1 台自有 %2，每台每月 %3（%4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> for %1 %2 on average at %3 an hour</source>
        <translation>，平均 %1 台 %2，每小时 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, serving at %1% of their capacity on average</source>
        <translation>，平均以其容量的 %1% 提供服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 per million output tokens)</source>
        <translation>（每百万输出 token %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 per million requests)</source>
        <translation>（每百万次请求 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 day</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-demand rate</source>
        <translation>按需价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rate</source>
        <translation>%1价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase price</source>
        <translation>购置价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-year reserved rate</source>
        <translation>1 年预留价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-year reserved rate</source>
        <translation>3 年预留价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spot rate</source>
        <translation>竞价实例价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase price amortized over %1 years</source>
        <translation>购置价格按 %1 年摊销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no %1 price in the catalog for %2</source>
        <translation>目录中没有 %2 的%1价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 less your %2% discount</source>
        <translation>%1，减去您的 %2% 折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with %2% of the instance time lost to interruptions (yours)</source>
        <translation>%1，另有 %2% 的实例时间因中断而损失（您的设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the power draw of %1 is not published, so its electricity and space cannot be priced</source>
        <translation>%1 的功耗未公开，因此无法计算其电费和机房空间费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog has no price for %1 in %2: the price of its home region (%3) is used</source>
        <translation>目录中没有 %1 在 %2 的价格：采用其所属地域（%3）的价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no capacity price in the catalog: its storage is not in the total</source>
        <translation>目录中没有 %1 的容量价格：其存储费用未计入合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no %1 in the catalog</source>
        <translation>目录中没有%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the catalog</source>
        <translation>不在目录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billed with the first group</source>
        <translation>随第一组计费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accelerators each</source>
        <translation>每台 %1 个加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum %1, average %2, peak %3 of the %4 drawn</source>
        <translation>最少 %1、平均 %2、峰值 %3（共绘制 %4 台）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (autoscaler maximum %2)</source>
        <translation>%1（自动伸缩上限 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 instances for %2</source>
        <translation>%1 个实例，运行 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the server price</source>
        <translation>含在服务器价格中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the instance price</source>
        <translation>含在实例价格中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 W TDP</source>
        <translation>热设计功耗 %1 W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 GB</source>
        <translation>%1，%2 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the site: no port price in the catalog, not in the total</source>
        <translation>属于机房设施：目录中没有端口价格，未计入合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB/s per direction</source>
        <translation>每方向 %1 GB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity price</source>
        <translation>容量价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capacity price in the catalog: not in the total</source>
        <translation>目录中没有容量价格：未计入合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility energy (IT load × PUE)</source>
        <translation>设施能耗（IT 负载 × PUE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility energy (IT load × PUE %1, yours)</source>
        <translation>设施能耗（IT 负载 × PUE %1，您的设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; your electricity price</source>
        <translation>%1；您的电价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak IT load</source>
        <translation>峰值 IT 负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers sent to users</source>
        <translation>发送给用户的响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit in memory: %1 GB needed per device, %2 GB available.%3</source>
        <translation>显存放不下：每个设备需要 %1 GB，可用 %2 GB。%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It would fit with: %1</source>
        <translation>以下方式可以放下：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the global batch of %1 does not divide into %2 replicas x micro-batch %3: %4 padded samples per step</source>
        <translation>全局批大小 %1 不能被 %2 个副本 × 微批 %3 整除：每步填充 %4 个样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no storage tier on the sketch: checkpoints are assumed written to local NVMe at %1 GB/s per node</source>
        <translation>方案中没有存储层：假定检查点以每节点 %1 GB/s 写入本地 NVMe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failures and checkpoints leave %1% of the wall time for training</source>
        <translation>扣除故障和检查点后，只有 %1% 的墙钟时间用于训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress of %1 Gbit/s at peak exceeds the %2 Gbit/s the instances provide</source>
        <translation>峰值入流量 %1 Gbit/s 超过实例提供的 %2 Gbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 are drawn but the busiest hour holds %3: owned servers are paid for whether used or not</source>
        <translation>绘制了 %1 台 %2，但最繁忙的小时只占用 %3 台：自有服务器无论是否使用都要付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 are drawn but the busiest hour holds %3: the drawing is only the autoscaler&apos;s ceiling, the cloud bills what runs</source>
        <translation>绘制了 %1 台 %2，但最繁忙的小时只占用 %3 台：绘制的数量只是自动伸缩的上限，云按实际运行量计费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DP %1 x TP %2 x PP %3</source>
        <translation>DP %1 × TP %2 × PP %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (interleaved x%2)</source>
        <translation>%1（交错 ×%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, EP %2</source>
        <translation>%1，EP %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, micro-batch %2, ZeRO-%3, no recompute</source>
        <translation>%1，微批 %2，ZeRO-%3，不重计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, micro-batch %2, ZeRO-%3, %4 recompute</source>
        <translation>%1，微批 %2，ZeRO-%3，%4重计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 layers per stage)</source>
        <translation>%1（每级 %2 层）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (chosen)</source>
        <translation>%1（引擎选定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, if owned</source>
        <translation>%1（若自有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, if rented</source>
        <translation>%1（若租用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2-bound, %3</source>
        <translation>%1，受%2限制，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calibrated family</source>
        <translation>已校准的器件系列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family on priors</source>
        <translation>使用先验值的器件系列</translation>
    </message>
</context>
<context>
    <name>infraplan::Term</name>
    <message>
        <location filename="../../ui/i18n/phrasetext.cpp" line="-16"/>
        <location line="+45"/>
        <source>/month</source>
        <translation>/月</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../model/phrase.cpp" line="+6"/>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache capacity</source>
        <translation>KV 缓存容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queueing</source>
        <translation>排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency at small batch</source>
        <translation>小批量时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serving</source>
        <translation>推理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPOT p99</source>
        <translation>TPOT p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-to-end p99</source>
        <translation>端到端 p99</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on_demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved_1y</source>
        <translation>1 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved_3y</source>
        <translation>3 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spot</source>
        <translation>竞价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned</source>
        <translation>自有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved-1y</source>
        <translation>1 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved-3y</source>
        <translation>3 年预留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not in the catalog</source>
        <translation>不在目录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no TDP in the catalog; its power draw is unknown</source>
        <translation>目录中没有 TDP，功耗未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no servers or instances yet: drop one from the palette</source>
        <translation>还没有服务器或实例：请从目录面板拖入一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model preset lacks the figures needed to simulate it</source>
        <translation>模型预设缺少模拟所需的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project default</source>
        <translation>项目默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set on this sketch</source>
        <translation>本方案单独设置</translation>
    </message>
    <message>
        <location filename="../../model/comparison.cpp" line="+67"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits in memory</source>
        <translation>显存可容纳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used per device</source>
        <translation>每设备显存用量</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Training throughput</source>
        <translation>训练吞吐量</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>higher throughput</source>
        <translation>吞吐量更高</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>lower throughput</source>
        <translation>吞吐量更低</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model FLOPs utilization</source>
        <translation>模型 FLOPs 利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher MFU</source>
        <translation>MFU 更高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower MFU</source>
        <translation>MFU 更低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step time</source>
        <translation>步长时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorter steps</source>
        <translation>步长更短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer steps</source>
        <translation>步长更长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faster to train</source>
        <translation>训练更快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slower to train</source>
        <translation>训练更慢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerator-hours</source>
        <translation>加速器小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer accelerator-hours</source>
        <translation>加速器小时更少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more accelerator-hours</source>
        <translation>加速器小时更多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of the training run</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheaper to train</source>
        <translation>训练更便宜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more expensive to train</source>
        <translation>训练更贵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy of the training run</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less energy per run</source>
        <translation>每次训练能耗更少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more energy per run</source>
        <translation>每次训练能耗更多</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instances drawn (ceiling)</source>
        <translation>绘制的实例（上限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances at peak</source>
        <translation>峰值实例数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances on average</source>
        <translation>平均实例数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replicas at peak</source>
        <translation>峰值副本数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replicas on average</source>
        <translation>平均副本数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max requests/s per replica</source>
        <translation>每副本最大请求/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens/s at peak</source>
        <translation>峰值输出 tokens/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to first token p50</source>
        <translation>首 token 时延 p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p50 TTFT</source>
        <translation>p50 TTFT 更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p50 TTFT</source>
        <translation>p50 TTFT 更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to first token p90</source>
        <translation>首 token 时延 p90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p90 TTFT</source>
        <translation>p90 TTFT 更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p90 TTFT</source>
        <translation>p90 TTFT 更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to first token p99</source>
        <translation>首 token 时延 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p99 TTFT</source>
        <translation>p99 TTFT 更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p99 TTFT</source>
        <translation>p99 TTFT 更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time per output token p50</source>
        <translation>每输出 token 时延 p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p50 TPOT</source>
        <translation>p50 TPOT 更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p50 TPOT</source>
        <translation>p50 TPOT 更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time per output token p90</source>
        <translation>每输出 token 时延 p90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p90 TPOT</source>
        <translation>p90 TPOT 更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p90 TPOT</source>
        <translation>p90 TPOT 更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time per output token p99</source>
        <translation>每输出 token 时延 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p99 TPOT</source>
        <translation>p99 TPOT 更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p99 TPOT</source>
        <translation>p99 TPOT 更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end latency p50</source>
        <translation>端到端时延 p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p50 latency</source>
        <translation>p50 时延更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p50 latency</source>
        <translation>p50 时延更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end latency p90</source>
        <translation>端到端时延 p90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p90 latency</source>
        <translation>p90 时延更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p90 latency</source>
        <translation>p90 时延更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end latency p99</source>
        <translation>端到端时延 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower p99 latency</source>
        <translation>p99 时延更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher p99 latency</source>
        <translation>p99 时延更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests within every target</source>
        <translation>满足全部目标的请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more requests within target</source>
        <translation>目标内请求更多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer requests within target</source>
        <translation>目标内请求更少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets every target</source>
        <translation>满足全部目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per million output tokens</source>
        <translation>每百万输出 token 成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheaper per million tokens</source>
        <translation>每百万 token 更便宜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more expensive per million tokens</source>
        <translation>每百万 token 更贵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost per million requests</source>
        <translation>每百万次请求成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheaper per million requests</source>
        <translation>每百万次请求更便宜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more expensive per million requests</source>
        <translation>每百万次请求更贵</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Average power, IT</source>
        <translation>平均功率（IT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less average IT power</source>
        <translation>平均 IT 功率更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more average IT power</source>
        <translation>平均 IT 功率更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak power, IT</source>
        <translation>峰值功率（IT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less peak IT power</source>
        <translation>峰值 IT 功率更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more peak IT power</source>
        <translation>峰值 IT 功率更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average power, facility (× PUE)</source>
        <translation>平均功率（设施，× PUE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less average facility power</source>
        <translation>平均设施功率更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more average facility power</source>
        <translation>平均设施功率更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak power, facility (× PUE)</source>
        <translation>峰值功率（设施，× PUE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less peak facility power</source>
        <translation>峰值设施功率更低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more peak facility power</source>
        <translation>峰值设施功率更高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy per month</source>
        <translation>每月能耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less energy per month</source>
        <translation>每月能耗更少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more energy per month</source>
        <translation>每月能耗更多</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheaper per month</source>
        <translation>每月更便宜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more expensive per month</source>
        <translation>每月更贵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   compute</source>
        <translation>   计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   power</source>
        <translation>   电力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   storage</source>
        <translation>   存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   network</source>
        <translation>   网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   space</source>
        <translation>   机房空间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per million tokens</source>
        <translation>每百万 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per million requests</source>
        <translation>每百万次请求</translation>
    </message>
    <message>
        <location filename="../../ui/report/sketchreportpage.cpp" line="+30"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud instance</source>
        <translation>云实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale-up link</source>
        <translation>纵向扩展互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale-out link</source>
        <translation>横向扩展网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colocation space</source>
        <translation>托管机房空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet egress</source>
        <translation>公网出流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation>个实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instances</source>
        <translation>个实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>servers</source>
        <translation>台服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server-months</source>
        <translation>服务器·月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance-hours</source>
        <translation>实例·小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>个设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sockets</source>
        <translation>个插槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ports</source>
        <translation>个端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TB-months</source>
        <translation>TB·月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kW-months</source>
        <translation>kW·月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/h</source>
        <translation>/小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/TB-month</source>
        <translation>/TB·月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/kW-month</source>
        <translation>/kW·月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/server-month</source>
        <translation>/台·月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flat</source>
        <translation>平稳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diurnal</source>
        <translation>昼夜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>infraplan::ui</name>
    <message>
        <location filename="../../ui/search/searchjob.cpp" line="+22"/>
        <source>Step time (s)</source>
        <translation>步长时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per step ($)</source>
        <translation>每步成本（$）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 layouts (%2 estimated, %3 pruned by memory) in %4 ms. Rejected: %5</source>
        <translation>%1 种布局（估算 %2 种，因显存剪除 %3 种），用时 %4 ms。被拒：%5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MFU %1%, %2 of %3 GB; bubble %4 s, DP %5 s</source>
        <translation>MFU %1%，%2 / %3 GB；气泡 %4 秒，DP %5 秒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time to train (days)</source>
        <translation>训练时长（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run cost ($)</source>
        <translation>训练成本（$）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 clusters, %2 layout estimates in %3 s. Rejected: %4</source>
        <translation>%1 个集群，%2 次布局估算，用时 %3 秒。被拒：%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2 kW, MFU %3%</source>
        <translation>%1；%2 kW，MFU %3%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per month ($)</source>
        <translation>每月成本（$）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>; %1 gives the same figures</source>
        <translation>；%1 的结果相同</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; %1 give the same figures</source>
        <translation>；%1 的结果相同</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Layout and cluster searches are for training sketches.</source>
        <translation>布局和集群搜索仅适用于训练方案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sketch has no inference service to plan for.</source>
        <translation>该方案没有可规划的推理服务。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 configurations, %2 analytical estimates, %3 simulations in %4 s. Rejected: %5</source>
        <translation>%1 种配置，%2 次解析估算，%3 次模拟，用时 %4 秒。被拒：%5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 replicas at peak, TPOT p99 %2 ms, %3</source>
        <translation>峰值 %1 个副本，TPOT p99 %2 ms，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>analytical</source>
        <translation>解析</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>The sketch to plan for is gone.</source>
        <translation>要规划的方案已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogeditor/priceimportaction.cpp" line="+34"/>
        <source>, published </source>
        <translation>，发布于 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched </source>
        <translation>匹配 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped </source>
        <translation>跳过 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No instance matched; the catalog is unchanged.</source>
        <translation>没有匹配的实例；目录未改变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written:</source>
        <translation>未写入任何内容：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 instance row(s) to your catalog; shipped rows are unchanged.</source>
        <translation>已向你的目录写入 %1 行实例；随附的行未改变。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Provider price files (*.json *.csv);;All files (*)</source>
        <translation>云厂商价格文件 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region to take prices from, in the provider&apos;s own name (e.g. us-east-1, eastus, us-central1).
Leave empty to price each instance in its own region.</source>
        <translation>取价格的地域，使用云厂商自己的名称（例如 us-east-1、eastus、us-central1）。
留空则每个实例按其所在地域定价。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prices imported from %1.</source>
        <translation>已从 %1 导入价格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices could not be imported from %1.</source>
        <translation>无法从 %1 导入价格。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::Appearance</name>
    <message>
        <location filename="../../ui/widgets/appearance.cpp" line="+77"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::AssumptionsAppendix</name>
    <message>
        <location filename="../../ui/report/assumptionsappendix.cpp" line="+56"/>
        <source>%1% discount</source>
        <translation>%1% 折扣</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lost to interruptions</source>
        <translation>%1 因中断损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>electricity %1/kWh (yours)</source>
        <translation>电价 %1/kWh（自定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PUE %1 (yours)</source>
        <translation>PUE %1（自定）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Project pricing settings</source>
        <translation>项目定价设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sketches are priced %1; they run in %2; electricity and PUE are %3. %4</source>
        <translation>方案按%1定价；运行于%2；电价和 PUE 采用%3。%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each instance&apos;s own region</source>
        <translation>各实例所在地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project&apos;s where set, else the region&apos;s catalog figures</source>
        <translation>项目设置的值（未设置时用地域的目录数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region&apos;s catalog figures (below)</source>
        <translation>地域的目录数据（见下）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sketch overrides them.</source>
        <translation>没有方案覆盖这些设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on their own: %1.</source>
        <translation>自行设置的方案：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>APPENDIX A</source>
        <translation>附录 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every money figure is in US dollars, as the catalog states prices</source>
        <translation>所有金额均以美元计，与目录中的价格一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every money figure is in %1, converted from the catalog&apos;s US-dollar prices at %2 %1 per US dollar (%3, %4)</source>
        <translation>所有金额均以 %1 计，由目录中的美元价格按每美元 %2 %1 换算（%3，%4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a rate set in the project</source>
        <translation>项目中设置的汇率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. A month is %1 hours (8,760 / 12). Cloud prices include power and space; owned servers are paid for whether busy or not, with the purchase spread over the amortization period. Total cost of ownership runs over %2 months. On the sketch pages, hosts are the servers&apos; CPUs, memory, fans and drives; compute is instance hours, or the purchase of owned servers spread over their amortization; power and space are charged to owned servers.</source>
        <translation>。一个月按 %1 小时计（8,760 / 12）。云价格已包含电力和机房空间；自有服务器无论忙闲都要付费，购置费用在摊销期内分摊。总拥有成本按 %2 个月计算。在方案页中，主机指服务器的 CPU、内存、风扇和硬盘；计算费用指实例小时数，或自有服务器在摊销期内分摊的购置费用；电力和机房空间计入自有服务器。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sites: electricity, PUE and space</source>
        <translation>站点：电价、PUE 与机房空间</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>机房空间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>USD/kW-month</source>
        <translation>USD/kW·月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sketch names a site.</source>
        <translation>没有方案指定站点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electricity and space are charged to owned servers; PUE (power usage effectiveness) turns IT power into facility power for every sketch.</source>
        <translation>电力和机房空间计入自有服务器；PUE（电能使用效率）将每个方案的 IT 功率换算为设施功率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pricing and utilization</source>
        <translation>定价与利用率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sketch</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilization and sizing</source>
        <translation>利用率与规模</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autoscaled to %1 target utilization in whole instances, from %2 up to the %3 drawn; replicas of %4 accelerators</source>
        <translation>按 %1 的目标利用率以整实例自动伸缩，从 %2 个到绘制的 %3 个；每副本 %4 个加速器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed size (no autoscaling): all %1 instances drawn run all day; replicas of %2 accelerators</source>
        <translation>固定规模（无自动伸缩）：绘制的全部 %1 个实例全天运行；每副本 %2 个加速器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; batches up to %1, %2 of free memory for the KV cache</source>
        <translation>；批大小最多 %1，%2 的空闲显存用于 KV 缓存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; batches up to %1, waiting at most %2 ms to fill</source>
        <translation>；批大小最多 %1，最多等待 %2 ms 凑批</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every accelerator busy for the length of the run; parallel layout %1</source>
        <translation>训练期间所有加速器均满负荷；并行布局 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by the engine</source>
        <translation>由引擎选择</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calibration: achievable share of datasheet peaks</source>
        <translation>校准：可达到的规格书峰值比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engines scale each device&apos;s datasheet figures by these factors, fitted to published measurements per device family.</source>
        <translation>引擎按这些系数缩放各设备的规格书数据，系数按器件系列拟合自公开测量结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accelerator family</source>
        <translation>加速器系列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training compute</source>
        <translation>训练算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving compute</source>
        <translation>推理算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale-up</source>
        <translation>纵向扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale-out</source>
        <translation>横向扩展</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No accelerator in the project.</source>
        <translation>项目中没有加速器。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::AtomicFile</name>
    <message>
        <location filename="../../ui/report/atomicfile.cpp" line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::CatalogEditorDialog</name>
    <message>
        <location filename="../../ui/catalogeditor/catalogeditordialog.cpp" line="+25"/>
        <source>Edit catalog</source>
        <translation>编辑目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All kinds</source>
        <translation>所有种类</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New row</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save row</source>
        <translation>保存条目</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This catalog has no user database; rows can be viewed only.</source>
        <translation>此目录没有用户数据库；条目只能查看。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  (yours)</source>
        <translation>（您的）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A shipped row: read-only. Duplicate it to make your own variant.</source>
        <translation>随附条目：只读。复制它以制作您自己的变体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your row, stored in your user catalog.</source>
        <translation>您的条目，保存在您的用户目录中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My %1</source>
        <translation>我的 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new row: fill it in and save. Every figure needs a source with a date.</source>
        <translation>新条目：填写后保存。每个数值都需要带日期的来源。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (custom)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy: change what differs and save it as your own row.</source>
        <translation>副本：修改不同之处，并保存为您自己的条目。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; Fix the problems listed below.</source>
        <translation>&lt;b&gt;未保存。&lt;/b&gt;请修正下列问题。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to your user catalog. It is in the palette now.</source>
        <translation>已保存到您的用户目录，现已出现在硬件目录中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Delete row</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete %1 from your catalog? Projects using it will show it as missing.</source>
        <translation>从您的目录中删除 %1？使用它的项目将显示其缺失。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::CatalogRowForm</name>
    <message>
        <location filename="../../ui/catalogeditor/catalogrowform.cpp" line="+21"/>
        <source>Stable id that project files refer to, e.g. my-gpu-server</source>
        <translation>项目文件引用的固定 ID，例如 my-gpu-server</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Figures&lt;/b&gt; (every figure cites a dated source)</source>
        <translation>&lt;b&gt;数值&lt;/b&gt;（每个数值都引用带日期的来源）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add figure</source>
        <translation>添加数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Attributes&lt;/b&gt;</source>
        <translation>&lt;b&gt;属性&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Your sources&lt;/b&gt; (id, title, URL, date as YYYY-MM-DD)</source>
        <translation>&lt;b&gt;您的来源&lt;/b&gt;（ID、标题、网址、日期格式 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::CatalogStore</name>
    <message>
        <location filename="../../ui/document/catalogstore.cpp" line="+61"/>
        <source>this catalog has no user database</source>
        <translation>此目录没有用户数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not in your catalog</source>
        <translation>“%1”不在您的目录中</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ChartPanel</name>
    <message>
        <location filename="../../ui/comparison/chartpanel.cpp" line="+33"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save SVG…</source>
        <translation>保存 SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as an SVG drawing</source>
        <translation>将此图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ChartsSection</name>
    <message>
        <location filename="../../ui/report/chartssection.cpp" line="+45"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::CompareController</name>
    <message>
        <location filename="../../ui/comparison/comparecontroller.cpp" line="+40"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the selected sketches side by side (all of them when fewer than two are selected)</source>
        <translation>并排比较所选方案（选中少于两个时比较全部方案）</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ComparisonSection</name>
    <message>
        <location filename="../../ui/report/comparisonsection.cpp" line="+39"/>
        <source>Side-by-side comparison</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each column is one sketch of the project. Sketches are compared only with the alternatives for the same workload (the fleets serving the same service, the clusters training the same job); the best value among them is set in bold on a green background. “—” marks a figure that does not apply or could not be computed.</source>
        <translation>每一列是项目中的一个方案。方案只与同一工作负载的备选方案比较（服务同一推理服务的推理集群、训练同一任务的训练集群）；其中的最佳值以绿色背景加粗显示。“—”表示该数字不适用或无法计算。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The project has no sketches to compare.</source>
        <translation>项目中没有可比较的方案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sketches %1–%2 of %3</source>
        <translation>方案 %1–%2（共 %3 个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated</source>
        <translation>已模拟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not simulated: </source>
        <translation>未模拟：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key differences</source>
        <translation>主要差异</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model found nothing to change: no cheaper option meets the same targets, and no fleet or cluster is idle or over-provisioned.</source>
        <translation>模型未发现需要改变之处：没有更便宜的方案能满足相同目标，也没有集群闲置或过度配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendation: none of the sketches could be simulated.</source>
        <translation>无建议：没有任何方案能够模拟。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving: %1</source>
        <translation>节省：%1</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ComparisonTableWidget</name>
    <message>
        <location filename="../../ui/comparison/comparisontablewidget.cpp" line="+40"/>
        <source>Simulated</source>
        <translation>已模拟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not simulated: %1</source>
        <translation>未模拟：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ComparisonView</name>
    <message>
        <location filename="../../ui/comparison/comparisonview.cpp" line="+96"/>
        <source>Table and recommendations</source>
        <translation>表格与建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+38"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Open or draw a project to compare its sketches.</source>
        <translation>打开或绘制一个项目以比较其方案。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparison: %1</source>
        <translation>比较：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to compare: the project has no sketches.</source>
        <translation>无可比较内容：项目中没有方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sketch could be simulated yet, so there is nothing to recommend. The table says why for each sketch.</source>
        <translation>尚无方案能够模拟，因此没有建议。表格中列出了每个方案的原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 sketches simulated</source>
        <translation>已模拟 %1 / %2 个方案</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::CoverPage</name>
    <message>
        <location filename="../../ui/report/coverpage.cpp" line="-43"/>
        <source>no hardware</source>
        <translation>无硬件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not simulated: </source>
        <translation>未模拟：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not fit in memory</source>
        <translation>显存放不下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to train</source>
        <translation>训练时长 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per run</source>
        <translation>每次训练 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p99 TTFT </source>
        <translation>p99 TTFT </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99 latency </source>
        <translation>p99 时延 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meets every target</source>
        <translation>满足全部目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>misses a target</source>
        <translation>未满足某项目标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>INFRASTRUCTURE COST COMPARISON</source>
        <translation>基础设施成本比较</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prepared %1 with %2 · %3 sketches · figures in %4</source>
        <translation>%1 由 %2 生成 · %3 个方案 · 金额单位 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The options at a glance</source>
        <translation>方案一览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: a fleet is paid every month (%1 hours: compute, power, storage, network and space together); a training run is paid once, for as long as it runs. A fleet&apos;s drawing is the ceiling its autoscaler may reach: the instances it holds at peak and on average are what is billed. Every price comes from the catalog with its source and date (sketch pages and the appendix).</source>
        <translation>成本：推理集群按月付费（%1 小时：计算、电力、存储、网络和机房空间合计）；训练按运行时长一次性付费。推理集群绘制的规模是其自动伸缩的上限：计费的是峰值和平均持有的实例。每个价格都来自目录，并注明来源和日期（见方案页和附录）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sketch</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peak %1, average %2 of %3 drawn · %4</source>
        <translation>峰值 %1，平均 %2，绘制 %3 · %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> once</source>
        <translation>（一次性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a month</source>
        <translation>/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not simulated</source>
        <translation>未模拟</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::DropController</name>
    <message>
        <location filename="../../ui/canvas/dropcontroller.cpp" line="+46"/>
        <source>&apos;%1&apos; is not in the catalog.</source>
        <translation>“%1”不在目录中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop %1 onto a frame to use it there.</source>
        <translation>将 %1 拖放到方案框上即可在其中使用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New frame</source>
        <translation>新方案框</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should %1 be part of?</source>
        <translation>%1 应属于哪一类？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A training cluster trains a model once; an inference fleet serves it to users.</source>
        <translation>训练集群把模型训练一次；推理集群把模型提供给用户使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training cluster</source>
        <translation>训练集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference fleet</source>
        <translation>推理集群</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added %1 to %2</source>
        <translation>已将 %1 添加到 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 training cluster</source>
        <translation>%1 训练集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 inference fleet</source>
        <translation>%1 推理集群</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No server or cloud instance in the catalog holds %1, so it cannot be placed on its own. Add a server holding it with Catalog › Edit catalog (an instance whose accelerator is &apos;%2&apos;), then drop that server.</source>
        <translation>目录中没有搭载 %1 的服务器或云实例，因此无法单独放置。请通过“目录 › 编辑目录”添加一台搭载它的服务器（加速器为“%2”的实例），然后拖放该服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds %2 × %3</source>
        <translation>%1 搭载 %2 × %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale-out fabric: %1</source>
        <translation>横向扩展网络：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up link: %1</source>
        <translation>纵向扩展互连：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model %1 for %2</source>
        <translation>为 %2 设置模型 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model: %1 (this frame now has its own copy of the workload it shared)</source>
        <translation>模型：%1（此方案框现有其原先共享的工作负载的独立副本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::EditController</name>
    <message>
        <location filename="../../ui/controllers/editcontroller.cpp" line="+28"/>
        <source>Delete the workloads too?</source>
        <translation>同时删除工作负载？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other frame uses %1. Delete it from the project as well?</source>
        <translation>没有其他方案框使用 %1。是否也从项目中删除它？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate frame</source>
        <translation>复制方案框(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected frames next to themselves, sharing their workload, to compare a variant</source>
        <translation>在旁边复制所选方案框（共享其工作负载），用于比较变体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>已复制 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clipboard holds no Infraplan items</source>
        <translation>剪贴板中没有 Infraplan 项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a frame to paste node groups into</source>
        <translation>请选择一个方案框以粘贴节点组</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Delete %n frame(s) and their workloads</source>
        <translation>
            <numerusform>删除 %n 个方案框及其工作负载</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicated: change the copy&apos;s hardware to compare the variant</source>
        <translation>已复制：修改副本的硬件以比较该变体</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ExportConfirmation</name>
    <message>
        <location filename="../../ui/widgets/exportconfirmation.cpp" line="+12"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::FileController</name>
    <message>
        <location filename="../../ui/controllers/filecontroller.cpp" line="+37"/>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Infraplan projects (*.infraplan *.json);;All files (*)</source>
        <translation>Infraplan 项目 (*.infraplan *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Examples</source>
        <translation>示例(&amp;E)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Untitled plan</source>
        <translation>未命名规划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project: drag hardware from the catalog onto the canvas</source>
        <translation>新项目：从目录中把硬件拖到画布上</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened; nothing was changed. Problems found:</source>
        <translation>未打开 %1，未做任何更改。发现的问题：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project opened with catalog problems</source>
        <translation>项目已打开，但存在目录问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refers to hardware or models the catalog does not have. The affected sketches show what is missing; fix them in Properties:</source>
        <translation>%1 引用了目录中没有的硬件或模型。受影响的方案会显示缺失内容；请在“属性”中修正：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+28"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Infraplan projects (*.infraplan)</source>
        <translation>Infraplan 项目 (*.infraplan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this project</source>
        <translation>此项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>关闭前保存对 %1 的更改吗？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::FindingsView</name>
    <message>
        <location filename="../../ui/comparison/findingsview.cpp" line="+14"/>
        <location line="+7"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings: no cheaper hardware, precision or fleet size was found for these sketches.</source>
        <translation>无发现：未找到这些方案更便宜的硬件、精度或集群规模。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAVES %1/MONTH</source>
        <translation>每月节省 %1</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::InstanceList</name>
    <message>
        <location filename="../../ui/properties/instancepicker.cpp" line="+28"/>
        <source>Owned servers</source>
        <translation>自有服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$%1/h</source>
        <translation>$%1/小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$%1 to buy</source>
        <translation>购置价 $%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search: H100, aws, 8x, inferentia…</source>
        <translation>搜索：H100、aws、8x、inferentia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::InstancePicker</name>
    <message>
        <location line="+113"/>
        <source>Change the server or cloud instance</source>
        <translation>更换服务器或云实例</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not in the catalog)</source>
        <translation>%1（不在目录中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance type: %1</source>
        <translation>实例类型：%1</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+67"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot drop here</source>
        <translation>无法放在此处</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled plan</source>
        <translation>未命名规划</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hardware catalog could not be loaded:
%1</source>
        <translation>无法加载硬件目录：
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your catalog</source>
        <translation>你的目录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Catalog</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit catalog…</source>
        <translation>编辑目录(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;prices…</source>
        <translation>导入价格(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard and mouse</source>
        <translation>键盘与鼠标(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Infraplan</source>
        <translation>关于 Infraplan(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Infraplan</source>
        <translation>关于 Infraplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Infraplan %1&lt;/b&gt;&lt;p&gt;Plan AI training clusters and inference fleets from a sourced hardware catalog, and compare their throughput, latency, power and cost.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Infraplan %1&lt;/b&gt;&lt;p&gt;基于有出处的硬件目录规划 AI 训练集群与推理集群，并比较其吞吐量、时延、功耗与成本。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Simulating %v/%m</source>
        <translation>模拟中 %v/%m</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 catalog items</source>
        <translation>%1 个目录条目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraplan will use %1 the next time it starts.</source>
        <translation>Infraplan 将在下次启动时使用%1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyboard and mouse</source>
        <translation>键盘与鼠标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag from the catalog&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new frame (empty space) or node group (onto a frame); links, storage, regions and models onto a frame set them&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom around the cursor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Middle button, Space + drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag on empty space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select several (rubber band)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Corner grip&lt;/b&gt;&lt;/td&gt;&lt;td&gt;resize a frame&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows / Shift+Arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move the selection by a grid step / a pixel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delete the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C, Ctrl+X, Ctrl+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy, cut, paste&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;duplicate the selected frame as a variant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select every frame&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z, Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo, redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom in, out, 100%&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit everything in view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a plan for the selected frame&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;compare the sketches&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the user guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;snap to grid on/off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new, open, save, save as&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;从目录拖动&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建方案框（拖到空白处）或节点组（拖到方案框上）；把互连、存储、地域和模型拖到方案框上即可设置&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;滚轮&lt;/b&gt;&lt;/td&gt;&lt;td&gt;以光标为中心缩放&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;中键，空格 + 拖动&lt;/b&gt;&lt;/td&gt;&lt;td&gt;平移&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;在空白处拖动&lt;/b&gt;&lt;/td&gt;&lt;td&gt;框选多个&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;角上的手柄&lt;/b&gt;&lt;/td&gt;&lt;td&gt;调整方案框大小&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;方向键 / Shift+方向键&lt;/b&gt;&lt;/td&gt;&lt;td&gt;按网格步长 / 按像素移动所选内容&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;删除所选内容&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C、Ctrl+X、Ctrl+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;复制、剪切、粘贴&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;把所选方案框复制为变体&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;选择所有方案框&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z、Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销、重做&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++、Ctrl+-、Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;放大、缩小、100%&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;适合视图&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;为所选方案框寻找方案&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;比较方案&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;用户指南&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;开关网格吸附&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N、Ctrl+O、Ctrl+S、Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建、打开、保存、另存为&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::NumberField</name>
    <message>
        <location filename="../../ui/widgets/numberfield.cpp" line="+95"/>
        <source>A whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::NumberValidator</name>
    <message>
        <location line="-139"/>
        <source>Enter a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a whole number; enter %2</source>
        <translation>%1 不是整数；请输入%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too small; enter %2</source>
        <translation>%1 太小；请输入%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large; enter %2</source>
        <translation>%1 太大；请输入%2</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::PageComposer</name>
    <message>
        <location filename="../../ui/report/pagecomposer.cpp" line="+294"/>
        <source>Nothing to plot.</source>
        <translation>没有可绘制的数据。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::PaletteDock</name>
    <message>
        <location filename="../../ui/palette/palettedock.cpp" line="+23"/>
        <source>Hardware catalog</source>
        <translation>硬件目录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search: H100, 80 GB, aws, nvlink…</source>
        <translation>搜索：H100、80 GB、aws、nvlink…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only this vendor&apos;s items</source>
        <translation>只显示此厂商的条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only what this provider offers (instances, storage, regions, and the accelerators it rents)</source>
        <translation>只显示此云厂商提供的内容（实例、存储、地域及其出租的加速器）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory ≥ </source>
        <translation>显存 ≥ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any memory</source>
        <translation>任意显存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator memory per device, at least</source>
        <translation>每个加速器的显存下限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price ≤ $</source>
        <translation>价格 ≤ $</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/h</source>
        <translation>/小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any price</source>
        <translation>任意价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-demand price per instance-hour, at most (instances without a cloud price are hidden while this is set)</source>
        <translation>每实例小时的按需价格上限（设置后隐藏没有云价格的实例）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit catalog…</source>
        <translation>编辑目录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own hardware, or duplicate and adjust a shipped row</source>
        <translation>添加您自己的硬件，或复制并调整随附条目</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Any vendor</source>
        <translation>任意厂商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>任意云厂商</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::PaletteModel</name>
    <message>
        <location filename="../../ui/palette/palettemodel.cpp" line="+18"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::PricingModeChoice</name>
    <message>
        <location filename="../../ui/properties/pricingmodechoice.cpp" line="+11"/>
        <source>Cloud, on demand</source>
        <translation>云，按需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud, 1-year reserved</source>
        <translation>云，1 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud, 3-year reserved</source>
        <translation>云，3 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud, spot</source>
        <translation>云，竞价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned (bought)</source>
        <translation>自有（购置）</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ProblemsDialog</name>
    <message>
        <location filename="../../ui/widgets/problemsdialog.cpp" line="+38"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ProjectDocument</name>
    <message>
        <location filename="../../ui/document/projectdocument.cpp" line="+109"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add %1 × %2</source>
        <translation>添加 %1 × %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+192"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Delete %1 items</source>
        <translation>删除 %1 个项目</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste %1 items</source>
        <translation>粘贴 %1 个项目</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (variant)</source>
        <translation>（变体）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate %1 frames</source>
        <translation>复制 %1 个方案框</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add training job</source>
        <translation>添加训练任务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add inference service</source>
        <translation>添加推理服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New training job</source>
        <translation>新建训练任务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New inference service</source>
        <translation>新建推理服务</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Own copy of the workload for %1</source>
        <translation>为 %1 建立工作负载的独立副本</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resize frame</source>
        <translation>调整方案框大小</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set count to %1</source>
        <translation>数量设为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename frame</source>
        <translation>重命名方案框</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change workload</source>
        <translation>更改工作负载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change pricing</source>
        <translation>更改计价方式</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Give the frame its own pricing</source>
        <translation>为方案框设置独立定价</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Use the project&apos;s pricing</source>
        <translation>使用项目定价</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set region</source>
        <translation>设置地域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set storage</source>
        <translation>设置存储</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set scale-up link</source>
        <translation>设置纵向扩展互连</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set scale-out link</source>
        <translation>设置横向扩展网络</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set precision</source>
        <translation>设置精度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change parallel layout</source>
        <translation>更改并行布局</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set accelerators per replica</source>
        <translation>设置每副本加速器数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change batching</source>
        <translation>更改批处理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change autoscaling</source>
        <translation>更改自动扩缩容</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change currency to %1</source>
        <translation>将货币改为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Set exchange rate</source>
        <translation>设置汇率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set exchange rate date</source>
        <translation>设置汇率日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the project&apos;s pricing</source>
        <translation>更改项目定价</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ProjectPricingRows</name>
    <message>
        <location filename="../../ui/properties/projectpricingrows.cpp" line="+22"/>
        <source>Pricing of every frame</source>
        <translation>所有方案框的定价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How hardware is paid for, unless a frame sets its own</source>
        <translation>硬件的付费方式（方案框自行设置时除外）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written off over</source>
        <translation>摊销期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned hardware: the purchase price is spread over this many years</source>
        <translation>自有硬件：购置价格在这些年内分摊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiated off the catalog&apos;s instance price (rate or purchase)</source>
        <translation>相对目录实例价格（费率或购置价）的协商折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where frames that name no region run</source>
        <translation>未指定地域的方案框运行的地域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned: your sites&apos; price; empty uses each region&apos;s catalog figure</source>
        <translation>自有：你的站点电价；留空则使用各地域的目录数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>each region&apos;s catalog figure</source>
        <translation>各地域的目录数据</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sites&apos; PUE; empty uses each region&apos;s catalog figure</source>
        <translation>你的站点 PUE；留空则使用各地域的目录数据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each instance&apos;s own</source>
        <translation>各实例自身的</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::PropertiesDock</name>
    <message>
        <location filename="../../ui/properties/propertiesdock.cpp" line="+47"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every money figure in the window, the CSV and the PDF</source>
        <translation>窗口、CSV 和 PDF 中的所有金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per US dollar</source>
        <translation>每美元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the currency per US dollar; 0 uses the shipped rate</source>
        <translation>每美元兑换的该货币数；0 表示使用随附汇率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate date</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day the rate is for (YYYY-MM-DD)</source>
        <translation>汇率对应的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a frame or a node group on the canvas to edit it. Drag hardware from the catalog to add some.</source>
        <translation>在画布上选择方案框或节点组即可编辑。从目录拖入硬件即可添加。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Frame</source>
        <translation>方案框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Properties — %1</source>
        <translation>属性 — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Properties — project</source>
        <translation>属性 — 项目</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Prices are kept in US dollars.</source>
        <translation>价格以美元保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: %1 %2 per US dollar (%3, %4).</source>
        <translation>当前使用：每美元 %1 %2（%3，%4）。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::RecommendationSummary</name>
    <message>
        <location filename="../../ui/report/recommendationsummary.cpp" line="+27"/>
        <source>The project “%1” has no sketches yet: draw a training cluster or an inference fleet to compare.</source>
        <translation>项目“%1”还没有方案：请绘制训练集群或推理集群以进行比较。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the %1 sketches could be simulated, so this report lists their hardware, prices and assumptions but no performance or cost results and no recommendation. Not simulated: %2.</source>
        <translation>%1 个方案都无法模拟，因此本报告只列出其硬件、价格和假设，没有性能或成本结果，也没有建议。未模拟：%2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The largest saving found: %1</source>
        <translation>发现的最大节省：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The largest saving found: %1 (%2 less).</source>
        <translation>发现的最大节省：%1（少 %2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model found no option to prefer and no saving to act on; the side-by-side figures follow.</source>
        <translation>模型没有发现更优的方案或可节省之处；并排比较的数字见下文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 sketches could not be simulated and are left out of the comparison: %3.</source>
        <translation>%2 个方案中有 %1 个无法模拟，未纳入比较：%3。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::RecoveryController</name>
    <message>
        <location filename="../../ui/controllers/recoverycontroller.cpp" line="+24"/>
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It had never been saved.</source>
        <translation>它从未保存过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file is %1; that file was not changed.</source>
        <translation>其文件为 %1；该文件未被更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraplan was closed without saving &quot;%1&quot;. The changes autosaved at %2 can be restored.</source>
        <translation>Infraplan 关闭时未保存“%1”。可以恢复 %2 自动保存的更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore opens them as unsaved changes; Discard deletes them; Later asks again next time.</source>
        <translation>“恢复”将其作为未保存的更改打开；“丢弃”删除它们；“稍后”下次再询问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored the unsaved changes of %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery file %1 could not be read; it was kept.</source>
        <translation>无法读取恢复文件 %1；已保留该文件。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ReportBuilder</name>
    <message>
        <location filename="../../ui/report/reportbuilder.cpp" line="+70"/>
        <source>Infrastructure cost comparison</source>
        <translation>基础设施成本比较</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ReportExportController</name>
    <message>
        <location filename="../../ui/report/reportexportcontroller.cpp" line="+43"/>
        <source>Export &amp;PDF report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost comparison report a planner sends to the people who sign the budget</source>
        <translation>规划人员提交给预算审批人的成本比较报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export comparison as &amp;CSV…</source>
        <translation>将比较导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1 (%2 pages, %3)</source>
        <translation>已导出 %1（%2 页，%3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF report, A4 paper (*.pdf)</source>
        <translation>PDF 报告，A4 纸 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report, Letter paper (*.pdf)</source>
        <translation>PDF 报告，Letter 纸 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Export comparison as CSV</source>
        <translation>将比较导出为 CSV</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Comma-separated values (*.csv)</source>
        <translation>逗号分隔值 (*.csv)</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ReportFormat</name>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="+34"/>
        <source>/month</source>
        <translation>/月</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-year reserved</source>
        <translation>1 年预留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3-year reserved</source>
        <translation>3 年预留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spot</source>
        <translation>竞价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned (amortized over %1 years)</source>
        <translation>自有（%1 年摊销）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training cluster</source>
        <translation>训练集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference fleet</source>
        <translation>推理集群</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full fine-tuning</source>
        <translation>全量微调</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRA fine-tuning (rank %1)</source>
        <translation>LoRA 微调（秩 %1）</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ResultsDock</name>
    <message>
        <location filename="../../ui/results/resultsdock.cpp" line="+31"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Drop hardware on the canvas to see its results here.</source>
        <translation>把硬件拖到画布上，即可在此查看结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Not simulated:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;未模拟：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Quick estimate&lt;/b&gt; — the full simulation is running…</source>
        <translation>&lt;b&gt;快速估算&lt;/b&gt; — 完整模拟运行中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Simulated&lt;/b&gt; (discrete-event model of the fleet)</source>
        <translation>&lt;b&gt;已模拟&lt;/b&gt;（集群离散事件模型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Simulated&lt;/b&gt; (training step model)</source>
        <translation>&lt;b&gt;已模拟&lt;/b&gt;（训练步模型）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+8"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Memory per device</source>
        <translation>每设备显存</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far to trust these figures</source>
        <translation>这些数字的可信程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime</source>
        <translation>误差区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated cases</source>
        <translation>验证案例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device family</source>
        <translation>器件系列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>步长时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator-hours</source>
        <translation>加速器小时</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Instances drawn (ceiling)</source>
        <translation>绘制的实例（上限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances min / avg / peak</source>
        <translation>实例 最少 / 平均 / 峰值</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Instances the peak needs</source>
        <translation>峰值所需实例</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no count meets the targets</source>
        <translation>任何数量都无法满足目标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Power draw</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not published for %1</source>
        <translation>%1 未公布</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost of the run (once)</source>
        <translation>训练成本（一次性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of the run</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not priced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Energy of the run</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency (p50 / p90 / p99)</source>
        <translation>时延（p50 / p90 / p99）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to first token</source>
        <translation>首 token 时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per output token</source>
        <translation>每输出 token 时延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End to end</source>
        <translation>端到端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLO attainment</source>
        <translation>SLO 达成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens at peak</source>
        <translation>峰值输出 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max requests per replica</source>
        <translation>每副本最大请求数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>req</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replicas at peak</source>
        <translation>峰值副本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas on average</source>
        <translation>平均副本数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound by</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits in memory</source>
        <translation>显存可容纳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average (facility)</source>
        <translation>平均（设施）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak (facility)</source>
        <translation>峰值（设施）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak (IT)</source>
        <translation>峰值（IT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy per month</source>
        <translation>每月能耗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost per month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost</source>
        <translation>月成本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>场地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per million tokens</source>
        <translation>每百万 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per million requests</source>
        <translation>每百万次请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priced as</source>
        <translation>计价方式</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::SearchController</name>
    <message>
        <location filename="../../ui/search/searchcontroller.cpp" line="+16"/>
        <source>Find a &amp;Plan…</source>
        <translation>寻找方案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search layouts, clusters or fleets for the selected sketch</source>
        <translation>为所选方案搜索布局、集群或推理集群</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::SearchDialog</name>
    <message>
        <location filename="../../ui/search/searchdialog.cpp" line="+59"/>
        <source>Find a plan for %1</source>
        <translation>为 %1 寻找方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best layout on this cluster</source>
        <translation>此集群上的最佳布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which accelerator and how many</source>
        <translation>用哪种加速器、用多少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheapest fleet that meets the targets</source>
        <translation>满足目标的最便宜集群</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>无预算限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the whole run</source>
        <translation>整个训练过程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no deadline</source>
        <translation>无截止期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>any (e.g. aws, gcp, owned)</source>
        <translation>任意（例如 aws、gcp、owned）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any (e.g. NVIDIA, AMD, Google)</source>
        <translation>任意（例如 NVIDIA、AMD、Google）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud instances</source>
        <translation>云实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned servers</source>
        <translation>自有服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>截止期限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TTFT p99 target</source>
        <translation>TTFT p99 目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPOT p99 target</source>
        <translation>TPOT p99 目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator vendors</source>
        <translation>加速器厂商</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Apply layout</source>
        <translation>应用布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the selected layout on the sketch (undoable)</source>
        <translation>把所选布局设置到方案上（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as new sketch</source>
        <translation>添加为新方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected result to the canvas next to the sketch (undoable)</source>
        <translation>把所选结果添加到画布上该方案旁边（可撤销）</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Searching…</source>
        <translation>搜索中…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cost against %1</source>
        <translation>成本与%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Applies to the searches over the catalog</source>
        <translation>适用于在目录中搜索</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::SearchResultsModel</name>
    <message>
        <location filename="../../ui/search/searchresultsmodel.cpp" line="+68"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost ($)</source>
        <translation>成本（$）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::SketchPage</name>
    <message>
        <location filename="../../ui/properties/sketchpage.cpp" line="+42"/>
        <source>Delete the workload?</source>
        <translation>删除工作负载？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other frame uses %1. Delete it from the project as well?</source>
        <translation>没有其他方案框使用 %1。是否也从项目中删除它？</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Frame</source>
        <translation>方案框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown on the canvas and in comparisons</source>
        <translation>显示在画布上和比较中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this frame trains or serves</source>
        <translation>此方案框训练或服务的内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change workload</source>
        <translation>更改工作负载</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node groups</source>
        <translation>节点组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale-up link</source>
        <translation>纵向扩展互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside a node (NVLink, ICI, PCIe…); drop an interconnect on the frame to set it</source>
        <translation>节点内（NVLink、ICI、PCIe…）；把互连拖到方案框上即可设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scale-out fabric</source>
        <translation>横向扩展网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between nodes (InfiniBand, RoCE, EFA…)</source>
        <translation>节点之间（InfiniBand、RoCE、EFA…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where training data and model weights are read from</source>
        <translation>训练数据和模型权重的读取来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets electricity price, PUE and latency to users</source>
        <translation>决定电价、PUE 以及到用户的时延</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Own pricing</source>
        <translation>独立定价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the project&apos;s pricing settings apply (set them with nothing selected)</source>
        <translation>关闭：使用项目定价设置（在未选中任何对象时设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hardware is paid for</source>
        <translation>硬件的付费方式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written off over</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned hardware: the purchase price is spread over this many years</source>
        <translation>自有硬件：购置价格在这些年内摊销</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Negotiated off the catalog&apos;s instance price (rate or purchase)</source>
        <translation>相对目录实例价格（费率或购置价）的协商折扣</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost to interruptions</source>
        <translation>中断损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spot: share of the paid instance time that serves nothing (interrupted, replaced, reloading the model)</source>
        <translation>竞价：已付费实例时间中不提供服务的比例（被中断、替换、重新加载模型）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned: your site&apos;s price; empty uses the region&apos;s catalog figure</source>
        <translation>自有：你的站点电价；留空则使用地域的目录数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your site&apos;s PUE; empty uses the region&apos;s catalog figure</source>
        <translation>你的站点 PUE；留空则使用地域的目录数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numeric format; overrides the workload&apos;s</source>
        <translation>数值格式；覆盖工作负载的设置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the engine choose</source>
        <translation>由引擎选择</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search data, tensor and pipeline parallel degrees that fit</source>
        <translation>搜索能放得下的数据、张量和流水线并行度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replicas of the model</source>
        <translation>模型副本数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices splitting each layer</source>
        <translation>切分每层的设备数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline stages</source>
        <translation>流水线阶段数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-batch</source>
        <translation>微批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline schedule</source>
        <translation>流水线调度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1F1B</source>
        <translation>1F1B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interleaved</source>
        <translation>交错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual stages</source>
        <translation>虚拟阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per pipeline rank (interleaved schedule)</source>
        <translation>每个流水线 rank（交错调度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZeRO stage</source>
        <translation>ZeRO 阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How optimizer state, gradients and weights are sharded</source>
        <translation>优化器状态、梯度和权重的切分方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 (FSDP, full sharding)</source>
        <translation>3（FSDP，完全切分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+79"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serving and batching</source>
        <translation>服务与批处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators per replica</source>
        <translation>每副本加速器数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices holding one copy of the model (tensor parallel)</source>
        <translation>容纳一份模型副本的设备数（张量并行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concurrent sequences per replica</source>
        <translation>每副本并发序列数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV-cache share</source>
        <translation>KV 缓存占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the memory left after the weights given to the KV cache</source>
        <translation>权重之外剩余显存中分配给 KV 缓存的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max batching wait</source>
        <translation>最长批处理等待</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest a request waits for a batch to fill (dynamic batching)</source>
        <translation>请求等待凑满一批的最长时间（动态批处理）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Autoscaling</source>
        <translation>自动扩缩容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale replicas with traffic</source>
        <translation>随流量伸缩副本数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min replicas</source>
        <translation>最少副本数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max replicas</source>
        <translation>最多副本数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot exceed max replicas (%1)</source>
        <translation>不能超过最多副本数（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be below min replicas (%1)</source>
        <translation>不能少于最少副本数（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target utilisation</source>
        <translation>目标利用率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Busy share the autoscaler aims for</source>
        <translation>自动扩缩容追求的繁忙比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale-up delay</source>
        <translation>扩容延迟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning time before a new replica loads the model</source>
        <translation>新副本加载模型前的准备时间</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+124"/>
        <location line="+1"/>
        <source>The instance&apos;s own</source>
        <translation>实例自带</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+129"/>
        <source>The instance&apos;s region</source>
        <translation>实例所在地域</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node count</source>
        <translation>节点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of these servers or instances</source>
        <translation>此类服务器或实例的数量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop a server or instance onto the frame</source>
        <translation>把服务器或实例拖到方案框上</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training cluster</source>
        <translation>训练集群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inference fleet</source>
        <translation>推理集群</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New training job…</source>
        <translation>新建训练任务…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New inference service…</source>
        <translation>新建推理服务…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instance&apos;s own (%1)</source>
        <translation>实例自带（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project&apos;s (%1)</source>
        <translation>项目的（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instance&apos;s (%1)</source>
        <translation>实例的（%1）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (the project&apos;s)</source>
        <translation>%1（项目的）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1 (%2, catalog)</source>
        <translation>%1（%2，目录）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the region&apos;s (none chosen)</source>
        <translation>地域的（未选择）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1.00 (no region chosen)</source>
        <translation>1.00（未选择地域）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workload&apos;s (%1)</source>
        <translation>工作负载的（%1）</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::SketchReportPage</name>
    <message>
        <location filename="../../ui/report/sketchreportpage.cpp" line="+7"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the run (%1)</source>
        <translation>整次训练（%1）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>trains %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>billion tokens</source>
        <translation>十亿 token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serves %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peak %1 (%2 traffic)</source>
        <translation>峰值 %1（%2 流量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no workload assigned</source>
        <translation>未指定工作负载</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not simulated</source>
        <translation>未模拟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engines returned no result.</source>
        <translation>引擎没有返回结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hardware and prices below are what the sketch is made of; performance, power and cost appear once it can be simulated.</source>
        <translation>下列硬件和价格是方案的组成；能够模拟后将显示性能、功耗和成本。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Training throughput</source>
        <translation>训练吞吐量</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+40"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model FLOPs utilization</source>
        <translation>模型 FLOPs 利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>步长时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator-hours</source>
        <translation>加速器小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of the training run</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy of the training run</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests within every target</source>
        <translation>满足全部目标的请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets every target</source>
        <translation>满足全部目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to first token %1</source>
        <translation>首 token 时延 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time per output token %1</source>
        <translation>每输出 token 时延 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End-to-end latency %1</source>
        <translation>端到端时延 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances drawn (the ceiling)</source>
        <translation>绘制的实例（上限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances: minimum, average, peak</source>
        <translation>实例：最少、平均、峰值</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Instances the peak needs</source>
        <translation>峰值所需实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (more than drawn)</source>
        <translation>（多于绘制）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no count meets the targets</source>
        <translation>任何数量都无法满足目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicas at peak</source>
        <translation>峰值副本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max requests/s per replica</source>
        <translation>每副本最大请求/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens/s at peak</source>
        <translation>峰值输出 tokens/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per million output tokens</source>
        <translation>每百万输出 token 成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per million requests</source>
        <translation>每百万次请求成本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limited by</source>
        <translation>受限于</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+81"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Accelerators at peak</source>
        <translation>峰值加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 drawn</source>
        <translation>%1（绘制 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fits in memory</source>
        <translation>显存可容纳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used per device</source>
        <translation>每设备显存用量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parallel layout: </source>
        <translation>并行布局：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bill of materials, %1</source>
        <translation>物料清单，%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price basis and source</source>
        <translation>计价依据与来源</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total </source>
        <translation>合计 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sketch has no hardware.</source>
        <translation>该方案没有硬件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Power draw</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not published for </source>
        <translation>未公布：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>IT load</source>
        <translation>IT 负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility (IT × PUE %1)</source>
        <translation>设施（IT × PUE %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facility energy of the run</source>
        <translation>训练的设施能耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility energy a month</source>
        <translation>每月设施能耗</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost of the run</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the run</source>
        <translation>整次训练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>机房空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power and the cost of the run</source>
        <translation>功耗与训练成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power and monthly cost</source>
        <translation>功耗与月度成本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not priced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::SourcesAppendix</name>
    <message>
        <location filename="../../ui/report/assumptionsappendix.cpp" line="+7"/>
        <source>APPENDIX B</source>
        <translation>附录 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog sources</source>
        <translation>目录来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every figure the sketches use comes from one of these sources; the date is when the source was published or, for a live page, read. A secondary source reports someone else&apos;s figure and is used only where no primary one was found.</source>
        <translation>方案使用的每个数字都来自以下来源之一；日期为来源的发布日期，在线页面则为读取日期。二手来源转述他人的数据，仅在找不到一手来源时使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infraplan&apos;s published validation cases</source>
        <translation>Infraplan 公开的验证案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraplan&apos;s \1 documentation</source>
        <translation>Infraplan 的 \1 文档</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (secondary source)</source>
        <translation>（二手来源）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>printed document</source>
        <translation>印刷文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sketches use no catalog item.</source>
        <translation>方案没有使用任何目录条目。</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::TrustSection</name>
    <message>
        <location filename="../../ui/report/trustsection.cpp" line="+23"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How far to trust these figures</source>
        <translation>这些数字的可信程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build carries no error table (data/catalog/error-regimes.json), so the figures have no validated range.</source>
        <translation>此版本不含误差表（data/catalog/error-regimes.json），因此这些数字没有经验证的范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every engine figure is a prediction. How close such predictions came to published measurements is known from %1 validated runs, each predicted with the calibration fitted without it (and, for hardware families on priors, without its whole family). The errors differ by regime: the engine, what limits the figure (compute, memory bandwidth, KV-cache capacity, network, latency at small batch) and whether the device family was calibrated. Each sketch&apos;s range below is where its figures land if its hardware runs as much slower or faster than predicted as the 10th and 90th percentile of the held-out errors of its regime; fleets are re-sized in whole instances at both ends and priced by the bill.</source>
        <translation>引擎给出的每个数字都是预测。这类预测与公开测量结果的接近程度来自 %1 次验证运行，每次预测所用的校准都不包含该运行本身（对于使用先验值的硬件系列，则不包含整个系列）。误差因区间而异：引擎、限制该数字的因素（算力、显存带宽、KV 缓存容量、网络、小批量时延）以及器件系列是否经过校准。下方每个方案的范围表示：若其硬件比预测慢或快的程度与其区间留出误差的第 10 和第 90 百分位相同，其数字将落在何处；两端的集群都按整实例重新规划并按账单定价。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sketch</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime</source>
        <translation>误差区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Cases</source>
        <translation>案例数</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not simulated</source>
        <translation>未模拟</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; time to train </source>
        <translation>；训练时长 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run </source>
        <translation>训练 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TTFT p99 </source>
        <translation>TTFT p99 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; instances the peak needs </source>
        <translation>；峰值所需实例 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>engine-wide band: too few cases in the regime</source>
        <translation>引擎整体误差带：该区间案例太少</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uncalibrated hardware</source>
        <translation>未校准的硬件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Targets at risk within the band</source>
        <translation>误差范围内可能无法满足的目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error by regime</source>
        <translation>各区间的误差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error = predicted speed ÷ measured speed − 1 (a latency&apos;s error inverted): positive means the engine was optimistic. Calibrated regimes use the error with the case left out of its family&apos;s fit; regimes on priors the error with the whole family left out. A regime with fewer than %1 cases uses its engine&apos;s band; no band is narrower than ±%2%. Generated on %3 by “infraplan validate --regimes” from the %4 published runs of the validation cases that ship with Infraplan.</source>
        <translation>误差 = 预测速度 ÷ 实测速度 − 1（时延的误差取倒数）：正值表示引擎偏乐观。已校准的区间使用将该案例排除在其系列拟合之外的误差；使用先验值的区间使用排除整个系列的误差。案例少于 %1 个的区间使用其引擎的误差带；误差带不窄于 ±%2%。于 %3 通过“infraplan validate --regimes”由 Infraplan 随附验证案例中的 %4 次公开运行生成。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>What binds</source>
        <translation>限制因素</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+41"/>
        <source>Family</source>
        <translation>器件系列</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>10th to 90th pct error</source>
        <translation>第 10 至第 90 百分位误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median |error|</source>
        <translation>|误差| 中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed range</source>
        <translation>速度范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any (engine-wide)</source>
        <translation>任意（引擎整体）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few: engine-wide band applies</source>
        <translation>案例太少：采用引擎整体误差带</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>priors</source>
        <translation>先验值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The validated cases behind these bands</source>
        <translation>这些误差带所依据的验证案例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case held out</source>
        <translation>留出该案例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family held out</source>
        <translation>留出该系列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each case is a published run; “infraplan validate” reproduces the engine&apos;s prediction for each, beside the measured figure.</source>
        <translation>每个案例都是一次公开运行；“infraplan validate”可重现引擎对每个案例的预测，并列出实测数值。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Published run</source>
        <translation>公开运行</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>TFLOP/s per device</source>
        <translation>每设备 TFLOP/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time to first token</source>
        <translation>首 token 时延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time per output token</source>
        <translation>每输出 token 时延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latency</source>
        <translation>时延</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::UserGuideWindow</name>
    <message>
        <location filename="../../ui/widgets/userguidewindow.cpp" line="+20"/>
        <source>Infraplan user guide</source>
        <translation>Infraplan 用户指南</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::ViewController</name>
    <message>
        <location filename="../../ui/controllers/viewcontroller.cpp" line="+16"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to view</source>
        <translation>适合视图(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snap to grid</source>
        <translation>吸附网格(&amp;S)</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::WelcomePanel</name>
    <message>
        <location filename="../../ui/widgets/welcomepanel.cpp" line="+22"/>
        <source>Plan AI infrastructure</source>
        <translation>规划 AI 基础设施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a server, a cloud instance or an accelerator from the &lt;b&gt;Hardware catalog&lt;/b&gt; onto the canvas to start a &lt;b&gt;training cluster&lt;/b&gt; or an &lt;b&gt;inference fleet&lt;/b&gt;. Drop interconnects, storage, regions and model presets onto a frame to set them.</source>
        <translation>从&lt;b&gt;硬件目录&lt;/b&gt;把服务器、云实例或加速器拖到画布上，开始一个&lt;b&gt;训练集群&lt;/b&gt;或&lt;b&gt;推理集群&lt;/b&gt;。把互连、存储、地域和模型预设拖到方案框上即可设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::WorkloadEditor</name>
    <message>
        <location filename="../../ui/properties/workloadeditor.cpp" line="+47"/>
        <source>This frame has no workload yet: choose one under Frame → Workload, or drop a model from the catalog onto the frame.</source>
        <translation>此方案框还没有工作负载：请在“方案框 → 工作负载”中选择，或从目录把模型拖到方案框上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a copy for this frame</source>
        <translation>为此方案框建立副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This frame gets its own copy of the workload; the other frames keep the original</source>
        <translation>此方案框获得工作负载的独立副本；其他方案框保留原件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A preset from the catalog, or your own architecture</source>
        <translation>目录中的预设，或您自己的架构</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixture-of-experts transformer</source>
        <translation>混合专家（MoE）Transformer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic (FLOPs per sample)</source>
        <translation>通用（每样本 FLOPs）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total parameters, all experts</source>
        <translation>总参数量（含所有专家）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grouped-query attention: fewer KV heads than heads</source>
        <translation>分组查询注意力：KV 头数少于注意力头数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FFN size</source>
        <translation>FFN 维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+31"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts per token</source>
        <translation>每 token 专家数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward FLOPs per sample</source>
        <translation>每样本前向 FLOPs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GFLOP</source>
        <translation>GFLOP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes per sample</source>
        <translation>每样本字节数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input read from storage per sample</source>
        <translation>每个样本从存储读取的输入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot exceed the attention heads (%1)</source>
        <translation>不能超过注意力头数（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hidden size (%1) must divide by the heads</source>
        <translation>隐藏维度（%1）必须能被头数整除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot exceed the experts (%1)</source>
        <translation>不能超过专家数（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full fine-tuning</source>
        <translation>全量微调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoRA fine-tuning</source>
        <translation>LoRA 微调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the tokens or the samples to train on</source>
        <translation>请给出要训练的 token 数或样本数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 1.5e12</source>
        <translation>例如 1.5e12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training samples</source>
        <translation>训练样本数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For models that are not transformers</source>
        <translation>用于非 Transformer 模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per optimizer step; 0 lets the engine pick</source>
        <translation>每个优化器步；0 表示由引擎选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mixed-precision format</source>
        <translation>混合精度格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serving format of weights and activations</source>
        <translation>服务时权重与激活的格式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input tokens (mean)</source>
        <translation>输入 token（均值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input tokens (p99)</source>
        <translation>输入 token（p99）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>0: every request has the mean length</source>
        <translation>0：每个请求均为平均长度</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Output tokens (mean)</source>
        <translation>输出 token（均值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output tokens (p99)</source>
        <translation>输出 token（p99）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot be below the mean (%1)</source>
        <translation>不能小于均值（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FLOPs per request</source>
        <translation>每请求 FLOPs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic models; 0 uses the model&apos;s forward FLOPs per sample</source>
        <translation>通用模型；0 表示使用模型的每样本前向 FLOPs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak traffic</source>
        <translation>峰值流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests per second at the busiest hour</source>
        <translation>最繁忙时段的每秒请求数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily profile</source>
        <translation>日内分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How traffic varies over the day</source>
        <translation>流量在一天内的变化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flat</source>
        <translation>平稳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diurnal (consumer day)</source>
        <translation>昼夜起伏（消费者作息）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the file)</source>
        <translation>自定义（来自文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token p99</source>
        <translation>首 token 时延 p99</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>0: no target</source>
        <translation>0：无目标</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Time per output token p99</source>
        <translation>每输出 token 时延 p99</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end p99</source>
        <translation>端到端 p99</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom architecture…</source>
        <translation>自定义架构…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not in the catalog)</source>
        <translation>%1（不在目录中）</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>&lt;b&gt;Shared&lt;/b&gt; with %n other frame(s): %1. A change here changes them too.</source>
        <translation>
            <numerusform>与另外 %n 个方案框&lt;b&gt;共享&lt;/b&gt;：%1。在此修改也会改变它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inference service</source>
        <translation>推理服务</translation>
    </message>
</context>
<context>
    <name>infraplan::ui::chartstyle</name>
    <message>
        <location filename="../../ui/comparison/chartstyle.cpp" line="+42"/>
        <source>p99 time to first token</source>
        <translation>p99 首 token 时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 end-to-end latency</source>
        <translation>p99 端到端时延</translation>
    </message>
</context>
</TS>
