<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressLookup</name>
    <message>
        <source>no address was found</source>
        <translation>未找到地址</translation>
    </message>
</context>
<context>
    <name>AlertDestinationModel</name>
    <message>
        <source>PET trap (SNMP)</source>
        <translation>PET 陷阱（SNMP）</translation>
    </message>
    <message>
        <source>OEM 1</source>
        <translation>OEM 1</translation>
    </message>
    <message>
        <source>OEM 2</source>
        <translation>OEM 2</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>0 (volatile)</source>
        <translation>0（易失）</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>需确认</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Retry interval (s)</source>
        <translation>重试间隔（秒）</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>Alert on any critical threshold</source>
        <translation>任一严重阈值时告警</translation>
    </message>
    <message>
        <source>Alert on critical temperature</source>
        <translation>温度严重时告警</translation>
    </message>
    <message>
        <source>Alert on power supply failure</source>
        <translation>电源模块故障时告警</translation>
    </message>
    <message>
        <source>Power off on non-recoverable temperature</source>
        <translation>温度不可恢复时关机</translation>
    </message>
    <message>
        <source>Event filter %1: %2</source>
        <translation>事件过滤器 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>Platform event filtering is on.</source>
        <translation>平台事件过滤已开启。</translation>
    </message>
    <message>
        <source>Platform event filtering is off.</source>
        <translation>平台事件过滤已关闭。</translation>
    </message>
    <message>
        <source>The PEF actions were saved.</source>
        <translation>PEF 动作已保存。</translation>
    </message>
    <message>
        <source>Event filter %1 is enabled.</source>
        <translation>事件过滤器 %1 已启用。</translation>
    </message>
    <message>
        <source>Event filter %1 is disabled.</source>
        <translation>事件过滤器 %1 已禁用。</translation>
    </message>
    <message>
        <source>Every event filter is in use; disable one to make room.</source>
        <translation>所有事件过滤器都已被使用；请禁用一个以腾出位置。</translation>
    </message>
    <message>
        <source>Event filter %1 now does &quot;%2&quot;.</source>
        <translation>事件过滤器 %1 现在执行“%2”。</translation>
    </message>
    <message>
        <source>Alert destination %1: %2</source>
        <translation>告警目标 %1：%2</translation>
    </message>
    <message>
        <source>Alert destination %1 was saved.</source>
        <translation>告警目标 %1 已保存。</translation>
    </message>
    <message>
        <source>No test alert was sent.</source>
        <translation>未发送测试告警。</translation>
    </message>
    <message>
        <source>A test event was sent (temperature sensor 30h above its upper critical threshold). With PEF on and a filter matching it, the BMC alerts its destinations.</source>
        <translation>已发送测试事件（温度传感器 30h 高于严重上限）。在 PEF 开启且有过滤器匹配时，BMC 会向其告警目标发送告警。</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Serial-over-LAN settings…</source>
        <translation>SOL（Serial-over-LAN）设置…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Platform event filtering</source>
        <translation>平台事件过滤</translation>
    </message>
    <message>
        <source>&amp;Filter events and act on them (PEF on)</source>
        <translation>过滤事件并执行动作（开启 PEF）(&amp;F)</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>允许的动作：</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>Diagnostic interrupt</source>
        <translation>诊断中断</translation>
    </message>
    <message>
        <source>Save actions</source>
        <translation>保存动作</translation>
    </message>
    <message>
        <source>E&amp;nable filter</source>
        <translation>启用过滤器(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disable filter</source>
        <translation>禁用过滤器(&amp;D)</translation>
    </message>
    <message>
        <source>Add as new filter</source>
        <translation>添加为新过滤器</translation>
    </message>
    <message>
        <source>Alert destinations</source>
        <translation>告警目标</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 地址：</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>需确认</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>重试次数：</translation>
    </message>
    <message>
        <source>Interval (s):</source>
        <translation>间隔（秒）：</translation>
    </message>
    <message>
        <source>&amp;Save destination</source>
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>发送测试事件(&amp;T)</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>默认网关</translation>
    </message>
    <message>
        <source>Backup gateway</source>
        <translation>备用网关</translation>
    </message>
    <message>
        <source>Select a server to see how its BMC reports events.</source>
        <translation>请选择服务器以查看其 BMC 如何报告事件。</translation>
    </message>
    <message>
        <source>Reading the PEF configuration and the alert destinations…</source>
        <translation>正在读取 PEF 配置和告警目标……</translation>
    </message>
    <message>
        <source>PEF: %1</source>
        <translation>PEF：%1</translation>
    </message>
    <message>
        <source>Alert destinations: %1</source>
        <translation>告警目标：%1</translation>
    </message>
    <message>
        <source>Alert destinations of channel %1</source>
        <translation>通道 %1 的告警目标</translation>
    </message>
    <message>
        <source>This BMC has no alert destinations it will show (%1 configured).</source>
        <translation>此 BMC 没有可显示的告警目标（已配置 %1 个）。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Security audit of %1
</source>
        <translation>%1 的安全审计
</translation>
    </message>
    <message>
        <source>the local BMC</source>
        <translation>本机 BMC</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Fixed:</source>
        <translation>已修复：</translation>
    </message>
    <message>
        <source>Fix failed:</source>
        <translation>修复失败：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>(run with --fix)</source>
        <translation>（使用 --fix 运行以修复）</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>未发现问题。
</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>未检查：</translation>
    </message>
    <message>
        <source>Vendor default passwords were not tried (use --try-defaults).
</source>
        <translation>未尝试厂商默认密码（使用 --try-defaults 启用）。
</translation>
    </message>
    <message>
        <source>security audit: weak cipher suites, anonymous and null users, IPMI 1.5 authentication, passwords; --try-defaults tries vendor default passwords, --fix applies the fixes</source>
        <translation>安全审计：弱加密套件、匿名用户和空用户、IPMI 1.5 认证、密码；--try-defaults 尝试厂商默认密码，--fix 应用修复</translation>
    </message>
    <message>
        <source>Unknown audit option &quot;%1&quot;.</source>
        <translation>未知的审计选项“%1”。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Run audit</source>
        <translation>运行审计</translation>
    </message>
    <message>
        <source>Also try vendor default passwords</source>
        <translation>同时尝试厂商默认密码</translation>
    </message>
    <message>
        <source>Logs in with well-known factory accounts (ADMIN/ADMIN, root/calvin, ...). Failed logins may count against a lockout threshold.</source>
        <translation>使用常见的出厂账户登录（ADMIN/ADMIN、root/calvin 等）。登录失败可能会计入锁定阈值。</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>Select a server to audit.</source>
        <translation>请选择要审计的服务器。</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>审计失败：%1</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修复…</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 high or critical.</source>
        <translation>
            <numerusform>%n 个发现项，其中 %1 个为高危或严重。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>未检查：</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <source>Change the settings of %1?

%2</source>
        <translation>要更改 %1 的设置吗？

%2</translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation>未应用修复</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
    <message>
        <source>Run the audit to check the security settings of %1.</source>
        <translation>运行审计，检查 %1 的安全设置。</translation>
    </message>
</context>
<context>
    <name>Bmc</name>
    <message>
        <source>this machine&apos;s BMC</source>
        <translation>本机 BMC</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Set User Access (channel %1 id %2) successful.
</source>
        <translation>设置用户访问权限（通道 %1，ID %2）成功。
</translation>
    </message>
    <message>
        <source>%1 takes on or off, not &quot;%2&quot;.</source>
        <translation>%1 只接受 on 或 off，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel number (0-15).</source>
        <translation>“%1”不是通道号（0-15）。</translation>
    </message>
    <message>
        <source>Channel 0x%1 info:
</source>
        <translation>通道 0x%1 信息：
</translation>
    </message>
    <message>
        <source>Volatile(active) Settings</source>
        <translation>易失性（当前生效）设置</translation>
    </message>
    <message>
        <source>Non-Volatile Settings</source>
        <translation>非易失性设置</translation>
    </message>
    <message>
        <source>medium, protocol, sessions and access of a channel</source>
        <translation>通道的介质、协议、会话和访问设置</translation>
    </message>
    <message>
        <source>Give at most one channel.</source>
        <translation>最多只能指定一个通道。</translation>
    </message>
    <message>
        <source>users&apos; access to a channel</source>
        <translation>用户对通道的访问权限</translation>
    </message>
    <message>
        <source>Give a channel and optionally a user ID.</source>
        <translation>请指定通道，并可选指定用户 ID。</translation>
    </message>
    <message>
        <source>set a user&apos;s access to a channel</source>
        <translation>设置用户对通道的访问权限</translation>
    </message>
    <message>
        <source>Give a channel and a user ID.</source>
        <translation>请指定通道和用户 ID。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>未知的设置“%1”。</translation>
    </message>
</context>
<context>
    <name>ChannelsModel</name>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Access (active)</source>
        <translation>访问设置（当前）</translation>
    </message>
    <message>
        <source>Access (stored)</source>
        <translation>访问设置（已保存）</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>The last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>The last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Shown series</source>
        <translation>显示的数据系列</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop charting the selected series</source>
        <translation>停止绘制所选数据系列</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
Thresholds: %2</source>
        <translation>%1
阈值：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Follow now</source>
        <translation>跟随当前时间</translation>
    </message>
    <message>
        <source>Keep the range ending now, with new readings coming in. Zooming or dragging the chart stops following; this brings it back.</source>
        <translation>让时间范围始终截止到当前时刻，并持续显示新读数。缩放或拖动图表会停止跟随；点击此按钮可恢复。</translation>
    </message>
    <message>
        <source>Move the mouse over the chart to read the values at a time. The wheel zooms the time axis, dragging pans it.</source>
        <translation>将鼠标移到图表上可读取某一时刻的数值。滚轮缩放时间轴，拖动可平移。</translation>
    </message>
</context>
<context>
    <name>ChassisCommands</name>
    <message>
        <source>Set Boot Device to %1
</source>
        <translation>已将启动设备设为 %1
</translation>
    </message>
    <message>
        <source>Up/On</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Down/Off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <source>Diag</source>
        <translation>诊断中断</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>软关机</translation>
    </message>
    <message>
        <source>true</source>
        <translation>是</translation>
    </message>
    <message>
        <source>false</source>
        <translation>否</translation>
    </message>
    <message>
        <source>active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Say what to do with the power.</source>
        <translation>请指定电源操作。</translation>
    </message>
    <message>
        <source>Invalid chassis power command &quot;%1&quot;.</source>
        <translation>无效的机箱电源命令“%1”。</translation>
    </message>
    <message>
        <source>Say which policy, or list.</source>
        <translation>请指定策略，或使用 list。</translation>
    </message>
    <message>
        <source>Invalid policy &quot;%1&quot;.</source>
        <translation>无效的策略“%1”。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>Invalid interval &quot;%1&quot;.</source>
        <translation>无效的时长“%1”。</translation>
    </message>
    <message>
        <source>Say which device to boot from.</source>
        <translation>请指定启动设备。</translation>
    </message>
    <message>
        <source>Invalid boot device &quot;%1&quot;.</source>
        <translation>无效的启动设备“%1”。</translation>
    </message>
    <message>
        <source>Expected options=..., not &quot;%1&quot;.</source>
        <translation>应为 options=...，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown boot option &quot;%1&quot;.</source>
        <translation>未知的启动选项“%1”。</translation>
    </message>
    <message>
        <source>System Power</source>
        <translation>系统电源</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Power Overload</source>
        <translation>电源过载</translation>
    </message>
    <message>
        <source>Power Interlock</source>
        <translation>电源联锁</translation>
    </message>
    <message>
        <source>Main Power Fault</source>
        <translation>主电源故障</translation>
    </message>
    <message>
        <source>Power Control Fault</source>
        <translation>电源控制故障</translation>
    </message>
    <message>
        <source>Power Restore Policy</source>
        <translation>电源恢复策略</translation>
    </message>
    <message>
        <source>Last Power Event</source>
        <translation>上次电源事件</translation>
    </message>
    <message>
        <source>Chassis Intrusion</source>
        <translation>机箱入侵</translation>
    </message>
    <message>
        <source>Front-Panel Lockout</source>
        <translation>前面板锁定</translation>
    </message>
    <message>
        <source>Drive Fault</source>
        <translation>驱动器故障</translation>
    </message>
    <message>
        <source>Cooling/Fan Fault</source>
        <translation>散热/风扇故障</translation>
    </message>
    <message>
        <source>Front Panel Control</source>
        <translation>前面板控制</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sleep Button Disable</source>
        <translation>睡眠按钮禁用</translation>
    </message>
    <message>
        <source>Diag Button Disable</source>
        <translation>诊断按钮禁用</translation>
    </message>
    <message>
        <source>Reset Button Disable</source>
        <translation>复位按钮禁用</translation>
    </message>
    <message>
        <source>Power Button Disable</source>
        <translation>电源按钮禁用</translation>
    </message>
    <message>
        <source>Sleep Button Disabled</source>
        <translation>睡眠按钮已禁用</translation>
    </message>
    <message>
        <source>Diag Button Disabled</source>
        <translation>诊断按钮已禁用</translation>
    </message>
    <message>
        <source>Reset Button Disabled</source>
        <translation>复位按钮已禁用</translation>
    </message>
    <message>
        <source>Power Button Disabled</source>
        <translation>电源按钮已禁用</translation>
    </message>
    <message>
        <source>Chassis Power is on
</source>
        <translation>机箱电源已开启
</translation>
    </message>
    <message>
        <source>Chassis Power is off
</source>
        <translation>机箱电源已关闭
</translation>
    </message>
    <message>
        <source>Chassis Power Control: %1
</source>
        <translation>机箱电源控制：%1
</translation>
    </message>
    <message>
        <source>System restart cause: %1
</source>
        <translation>系统重启原因：%1
</translation>
    </message>
    <message>
        <source>Supported chassis power policy:  </source>
        <translation>支持的机箱电源策略：</translation>
    </message>
    <message>
        <source>Set chassis power restore policy to %1
</source>
        <translation>已将机箱电源恢复策略设为 %1
</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>无限期</translation>
    </message>
    <message>
        <source>default (15 seconds)</source>
        <translation>默认（15 秒）</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Chassis identify interval: %1
</source>
        <translation>机箱识别时长：%1
</translation>
    </message>
    <message>
        <source>power state, restore policy, last power event, faults</source>
        <translation>电源状态、恢复策略、上次电源事件、故障</translation>
    </message>
    <message>
        <source>show or change the host&apos;s power</source>
        <translation>查看或更改主机的电源状态</translation>
    </message>
    <message>
        <source>the same as chassis power</source>
        <translation>同 chassis power</translation>
    </message>
    <message>
        <source>why the host last started</source>
        <translation>主机上次启动的原因</translation>
    </message>
    <message>
        <source>what the host does when AC power returns</source>
        <translation>交流电恢复后主机的行为</translation>
    </message>
    <message>
        <source>blink the identify light (default 15 s, 0 = off)</source>
        <translation>闪烁定位指示灯（默认 15 秒，0 = 关闭）</translation>
    </message>
    <message>
        <source>boot device for the next (or every) boot</source>
        <translation>设置下次（或每次）启动使用的启动设备</translation>
    </message>
</context>
<context>
    <name>ChassisService</name>
    <message>
        <source>%1 is powered off, so a reset or power cycle would do nothing. Use Power on.</source>
        <translation>%1 处于关机状态，复位或电源循环不会起作用。请使用“开机”。</translation>
    </message>
    <message>
        <source>%1 is already powered off.</source>
        <translation>%1 已处于关机状态。</translation>
    </message>
    <message>
        <source>%1 is already powered on.</source>
        <translation>%1 已处于开机状态。</translation>
    </message>
    <message>
        <source>Power on sent to %1.</source>
        <translation>已向 %1 发送开机命令。</translation>
    </message>
    <message>
        <source>Power off sent to %1.</source>
        <translation>已向 %1 发送关机命令。</translation>
    </message>
    <message>
        <source>Soft shutdown sent to %1; the operating system decides when it powers off.</source>
        <translation>已向 %1 发送软关机命令；何时关机由操作系统决定。</translation>
    </message>
    <message>
        <source>Reset sent to %1.</source>
        <translation>已向 %1 发送复位命令。</translation>
    </message>
    <message>
        <source>Power cycle sent to %1.</source>
        <translation>已向 %1 发送电源循环命令。</translation>
    </message>
    <message>
        <source>%1 is identifying itself for 15 seconds.</source>
        <translation>%1 正在进行 15 秒的识别指示。</translation>
    </message>
    <message>
        <source>%1 is now powered on.</source>
        <translation>%1 现已开机。</translation>
    </message>
    <message>
        <source>%1 is now powered off.</source>
        <translation>%1 现已关机。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The BMC accepted the command, but after %n second(s) it still reports the power %2.</source>
        <translation>
            <numerusform>%1 BMC 已接受该命令，但 %n 秒后报告的电源状态仍为%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已开机</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Commands:
</source>
        <translation>命令：
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>bmcpilot-cli version %1
</source>
        <translation>bmcpilot-cli 版本 %1
</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the cipher suite learned for %n host(s); the next login negotiates again.
</source>
        <translation>
            <numerusform>已忘记为 %n 台主机记住的加密套件；下次登录将重新协商。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>240VA power down</source>
        <translation>240VA 断电</translation>
    </message>
    <message>
        <source>802.3 LAN</source>
        <translation>802.3 LAN</translation>
    </message>
    <message>
        <source>A: boot completed</source>
        <translation>A: 启动完成</translation>
    </message>
    <message>
        <source>AC lost</source>
        <translation>交流断电</translation>
    </message>
    <message>
        <source>AC lost or out-of-range</source>
        <translation>交流断电或超出范围</translation>
    </message>
    <message>
        <source>AC out-of-range, but present</source>
        <translation>交流输入超出范围，但仍存在</translation>
    </message>
    <message>
        <source>ADMINISTRATOR</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Activation Requested</source>
        <translation>已请求激活</translation>
    </message>
    <message>
        <source>Activation in Progress</source>
        <translation>正在激活</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Add-in Card</source>
        <translation>扩展卡</translation>
    </message>
    <message>
        <source>Agent not responding</source>
        <translation>代理无响应</translation>
    </message>
    <message>
        <source>All event logging disabled</source>
        <translation>所有事件记录已禁用</translation>
    </message>
    <message>
        <source>Asynch. Serial/Modem (RS-232)</source>
        <translation>异步串口/调制解调器（RS-232）</translation>
    </message>
    <message>
        <source>Automatic boot to diagnostic</source>
        <translation>自动启动进入诊断模式</translation>
    </message>
    <message>
        <source>BIOS Assigned Address</source>
        <translation>BIOS 分配的地址</translation>
    </message>
    <message>
        <source>BIOS Reset</source>
        <translation>BIOS 看门狗复位</translation>
    </message>
    <message>
        <source>BMC initialization or initialization agent in progress</source>
        <translation>BMC 正在初始化或初始化代理正在运行</translation>
    </message>
    <message>
        <source>BT-10</source>
        <translation>BT-10</translation>
    </message>
    <message>
        <source>BT-15</source>
        <translation>BT-15</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Boot Error</source>
        <translation>启动错误</translation>
    </message>
    <message>
        <source>Bus Correctable error</source>
        <translation>总线可纠正错误</translation>
    </message>
    <message>
        <source>Bus Degraded</source>
        <translation>总线降级</translation>
    </message>
    <message>
        <source>Bus Fatal Error</source>
        <translation>总线致命错误</translation>
    </message>
    <message>
        <source>Bus Timeout</source>
        <translation>总线超时</translation>
    </message>
    <message>
        <source>Bus Uncorrectable error</source>
        <translation>总线不可纠正错误</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>C: boot completed</source>
        <translation>C: 启动完成</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>回调</translation>
    </message>
    <message>
        <source>CD-ROM boot completed</source>
        <translation>CD-ROM 启动完成</translation>
    </message>
    <message>
        <source>Cable / Interconnect</source>
        <translation>线缆/互连</translation>
    </message>
    <message>
        <source>Chassis</source>
        <translation>机箱</translation>
    </message>
    <message>
        <source>Chip Set</source>
        <translation>芯片组</translation>
    </message>
    <message>
        <source>Communication lost</source>
        <translation>通信丢失</translation>
    </message>
    <message>
        <source>Config Error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>Configuration Error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Controller access degraded or unavailable</source>
        <translation>控制器访问降级或不可用</translation>
    </message>
    <message>
        <source>Cooling Device</source>
        <translation>散热设备</translation>
    </message>
    <message>
        <source>Correctable ECC</source>
        <translation>可纠正的 ECC 错误</translation>
    </message>
    <message>
        <source>Correctable ECC logging limit reached</source>
        <translation>已达到可纠正 ECC 错误的记录上限</translation>
    </message>
    <message>
        <source>Correctable Machine Check Error logging disabled</source>
        <translation>可纠正机器检查错误的记录已禁用</translation>
    </message>
    <message>
        <source>Correctable machine check error</source>
        <translation>可纠正的机器检查错误</translation>
    </message>
    <message>
        <source>Correctable memory error logging disabled</source>
        <translation>可纠正内存错误的记录已禁用</translation>
    </message>
    <message>
        <source>Critical Interrupt</source>
        <translation>严重中断</translation>
    </message>
    <message>
        <source>Critical Overtemperature</source>
        <translation>严重过温</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>D0 Power State</source>
        <translation>D0 电源状态</translation>
    </message>
    <message>
        <source>D1 Power State</source>
        <translation>D1 电源状态</translation>
    </message>
    <message>
        <source>D2 Power State</source>
        <translation>D2 电源状态</translation>
    </message>
    <message>
        <source>D3 Power State</source>
        <translation>D3 电源状态</translation>
    </message>
    <message>
        <source>DHCP Address</source>
        <translation>DHCP 地址</translation>
    </message>
    <message>
        <source>Deactivation Requested</source>
        <translation>已请求停用</translation>
    </message>
    <message>
        <source>Deactivation in Progress</source>
        <translation>正在停用</translation>
    </message>
    <message>
        <source>Device Absent</source>
        <translation>设备不存在</translation>
    </message>
    <message>
        <source>Device Disabled</source>
        <translation>设备已禁用</translation>
    </message>
    <message>
        <source>Device Enabled</source>
        <translation>设备已启用</translation>
    </message>
    <message>
        <source>Device Installed</source>
        <translation>设备已安装</translation>
    </message>
    <message>
        <source>Device Present</source>
        <translation>设备存在</translation>
    </message>
    <message>
        <source>Device Removal Request</source>
        <translation>设备移除请求</translation>
    </message>
    <message>
        <source>Diagnostic boot completed</source>
        <translation>诊断启动完成</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Drive Bay intrusion</source>
        <translation>驱动器托架入侵</translation>
    </message>
    <message>
        <source>Drive Fault</source>
        <translation>驱动器故障</translation>
    </message>
    <message>
        <source>Drive Present</source>
        <translation>驱动器存在</translation>
    </message>
    <message>
        <source>Drive Slot / Bay</source>
        <translation>驱动器插槽/托架</translation>
    </message>
    <message>
        <source>EISA failsafe timeout</source>
        <translation>EISA 故障保护超时</translation>
    </message>
    <message>
        <source>Entity Presence</source>
        <translation>实体存在</translation>
    </message>
    <message>
        <source>Entry added to auxiliary log</source>
        <translation>已向辅助日志添加条目</translation>
    </message>
    <message>
        <source>Error during system startup</source>
        <translation>系统启动期间出错</translation>
    </message>
    <message>
        <source>Event Logging Disabled</source>
        <translation>事件日志禁用</translation>
    </message>
    <message>
        <source>Event logging disabled</source>
        <translation>事件记录已禁用</translation>
    </message>
    <message>
        <source>FAN area intrusion</source>
        <translation>风扇区域入侵</translation>
    </message>
    <message>
        <source>FRB1/BIST failure</source>
        <translation>FRB1/BIST 失败</translation>
    </message>
    <message>
        <source>FRB2/Hang in POST failure</source>
        <translation>FRB2/POST 期间挂起</translation>
    </message>
    <message>
        <source>FRB3/Processor startup/init failure</source>
        <translation>FRB3/处理器启动或初始化失败</translation>
    </message>
    <message>
        <source>FRU Latch</source>
        <translation>FRU 闩锁</translation>
    </message>
    <message>
        <source>FRU Service</source>
        <translation>FRU 服务请求</translation>
    </message>
    <message>
        <source>FRU State</source>
        <translation>FRU 状态</translation>
    </message>
    <message>
        <source>FRU failure</source>
        <translation>FRU 故障</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Failure detected</source>
        <translation>检测到故障</translation>
    </message>
    <message>
        <source>Fan</source>
        <translation>风扇</translation>
    </message>
    <message>
        <source>Fatal NMI</source>
        <translation>致命 NMI</translation>
    </message>
    <message>
        <source>Fault Status</source>
        <translation>故障状态</translation>
    </message>
    <message>
        <source>Firmware or software change detected</source>
        <translation>检测到固件或软件变更</translation>
    </message>
    <message>
        <source>Firmware or software change success</source>
        <translation>固件或软件变更成功</translation>
    </message>
    <message>
        <source>Firmware or software incompatibility detected</source>
        <translation>检测到固件或软件不兼容</translation>
    </message>
    <message>
        <source>Front Panel Lockout violation attempted</source>
        <translation>试图违反前面板锁定</translation>
    </message>
    <message>
        <source>Fully Redundant</source>
        <translation>完全冗余</translation>
    </message>
    <message>
        <source>G1: sleeping</source>
        <translation>G1：睡眠</translation>
    </message>
    <message>
        <source>G3: mechanical off</source>
        <translation>G3：机械关闭</translation>
    </message>
    <message>
        <source>General Chassis intrusion</source>
        <translation>机箱入侵</translation>
    </message>
    <message>
        <source>Generic Discrete</source>
        <translation>通用离散</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>硬复位</translation>
    </message>
    <message>
        <source>Hardware change detected</source>
        <translation>检测到硬件变更</translation>
    </message>
    <message>
        <source>Hardware change success</source>
        <translation>硬件变更成功</translation>
    </message>
    <message>
        <source>Hardware incompatibility detected</source>
        <translation>检测到硬件不兼容</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>Heartbeat Lost</source>
        <translation>心跳丢失</translation>
    </message>
    <message>
        <source>Hot Spare</source>
        <translation>热备</translation>
    </message>
    <message>
        <source>I/O Card area intrusion</source>
        <translation>I/O 卡区域入侵</translation>
    </message>
    <message>
        <source>I/O Channel check NMI</source>
        <translation>I/O 通道检查 NMI</translation>
    </message>
    <message>
        <source>ICMB v0.9</source>
        <translation>ICMB v0.9</translation>
    </message>
    <message>
        <source>ICMB v1.0</source>
        <translation>ICMB v1.0</translation>
    </message>
    <message>
        <source>ICMB-1.0</source>
        <translation>ICMB-1.0</translation>
    </message>
    <message>
        <source>IERR</source>
        <translation>IERR</translation>
    </message>
    <message>
        <source>IPMB (I2C)</source>
        <translation>IPMB（I2C）</translation>
    </message>
    <message>
        <source>IPMB-1.0</source>
        <translation>IPMB-1.0</translation>
    </message>
    <message>
        <source>IPMI-SMBus</source>
        <translation>IPMI-SMBus</translation>
    </message>
    <message>
        <source>Identify Status</source>
        <translation>识别状态</translation>
    </message>
    <message>
        <source>In Critical Array</source>
        <translation>所在阵列处于严重状态</translation>
    </message>
    <message>
        <source>In Failed Array</source>
        <translation>所在阵列已失效</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Initiated by hard reset</source>
        <translation>由硬复位引发</translation>
    </message>
    <message>
        <source>Initiated by power up</source>
        <translation>由开机引发</translation>
    </message>
    <message>
        <source>Initiated by warm reset</source>
        <translation>由热复位引发</translation>
    </message>
    <message>
        <source>Install Error</source>
        <translation>安装错误</translation>
    </message>
    <message>
        <source>Installation aborted</source>
        <translation>安装已中止</translation>
    </message>
    <message>
        <source>Installation completed</source>
        <translation>安装已完成</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <source>Installation started</source>
        <translation>安装已开始</translation>
    </message>
    <message>
        <source>Interlock</source>
        <translation>联锁</translation>
    </message>
    <message>
        <source>Interlock power down</source>
        <translation>联锁断电</translation>
    </message>
    <message>
        <source>Invalid Username or Password</source>
        <translation>用户名或密码无效</translation>
    </message>
    <message>
        <source>Invalid boot sector</source>
        <translation>无效的引导扇区</translation>
    </message>
    <message>
        <source>Invalid or unsupported firmware or software version</source>
        <translation>固件或软件版本无效或不受支持</translation>
    </message>
    <message>
        <source>Invalid or unsupported hardware version</source>
        <translation>硬件版本无效或不受支持</translation>
    </message>
    <message>
        <source>Invalid password disable</source>
        <translation>无效密码禁用</translation>
    </message>
    <message>
        <source>KCS</source>
        <translation>KCS</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Legacy OFF state</source>
        <translation>传统关机状态</translation>
    </message>
    <message>
        <source>Legacy ON state</source>
        <translation>传统开机状态</translation>
    </message>
    <message>
        <source>Limit Exceeded</source>
        <translation>超出限值</translation>
    </message>
    <message>
        <source>Limit Not Exceeded</source>
        <translation>未超出限值</translation>
    </message>
    <message>
        <source>Log almost full</source>
        <translation>日志即将写满</translation>
    </message>
    <message>
        <source>Log area reset/cleared</source>
        <translation>日志区域已重置/清除</translation>
    </message>
    <message>
        <source>Log full</source>
        <translation>日志已满</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>电量低</translation>
    </message>
    <message>
        <source>Lower Critical going high</source>
        <translation>高于严重下限</translation>
    </message>
    <message>
        <source>Lower Critical going low</source>
        <translation>低于严重下限</translation>
    </message>
    <message>
        <source>Lower Non-critical going high</source>
        <translation>高于非严重下限</translation>
    </message>
    <message>
        <source>Lower Non-critical going low</source>
        <translation>低于非严重下限</translation>
    </message>
    <message>
        <source>Lower Non-recoverable going high</source>
        <translation>高于不可恢复下限</translation>
    </message>
    <message>
        <source>Lower Non-recoverable going low</source>
        <translation>低于不可恢复下限</translation>
    </message>
    <message>
        <source>Management Subsys Health</source>
        <translation>管理子系统健康状况</translation>
    </message>
    <message>
        <source>Management controller off-line</source>
        <translation>管理控制器离线</translation>
    </message>
    <message>
        <source>Management controller unavailable</source>
        <translation>管理控制器不可用</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory Device Disabled</source>
        <translation>内存设备已禁用</translation>
    </message>
    <message>
        <source>Memory Scrub Failed</source>
        <translation>内存擦洗失败</translation>
    </message>
    <message>
        <source>Microcontroller</source>
        <translation>微控制器</translation>
    </message>
    <message>
        <source>Module / Board</source>
        <translation>模块/板卡</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>Monitor ASIC</source>
        <translation>监控 ASIC</translation>
    </message>
    <message>
        <source>NMI/Diag Interrupt</source>
        <translation>NMI/诊断中断</translation>
    </message>
    <message>
        <source>NO ACCESS</source>
        <translation>无访问权限</translation>
    </message>
    <message>
        <source>No bootable media</source>
        <translation>无可启动介质</translation>
    </message>
    <message>
        <source>Non-Redundant: Insufficient Resources</source>
        <translation>非冗余：资源不足</translation>
    </message>
    <message>
        <source>Non-Redundant: Sufficient from Insufficient</source>
        <translation>非冗余：资源充足（原为资源不足）</translation>
    </message>
    <message>
        <source>Non-Redundant: Sufficient from Redundant</source>
        <translation>非冗余：资源充足（原为冗余）</translation>
    </message>
    <message>
        <source>Non-bootable disk in drive</source>
        <translation>驱动器中的磁盘不可启动</translation>
    </message>
    <message>
        <source>Not Installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>OEM System boot event</source>
        <translation>OEM 系统启动事件</translation>
    </message>
    <message>
        <source>OEM reserved</source>
        <translation>OEM 保留</translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>OS Boot</source>
        <translation>操作系统启动</translation>
    </message>
    <message>
        <source>OS Critical Stop</source>
        <translation>操作系统严重停止</translation>
    </message>
    <message>
        <source>OS Expired</source>
        <translation>操作系统看门狗超时</translation>
    </message>
    <message>
        <source>OS NMI/Diag Interrupt</source>
        <translation>操作系统看门狗 NMI/诊断中断</translation>
    </message>
    <message>
        <source>OS Power Cycle</source>
        <translation>操作系统看门狗电源循环</translation>
    </message>
    <message>
        <source>OS Power Down</source>
        <translation>操作系统看门狗关机</translation>
    </message>
    <message>
        <source>OS Reset</source>
        <translation>操作系统看门狗复位</translation>
    </message>
    <message>
        <source>OS Shut Down</source>
        <translation>操作系统看门狗关闭系统</translation>
    </message>
    <message>
        <source>OS graceful shutdown</source>
        <translation>操作系统正常关机</translation>
    </message>
    <message>
        <source>OS graceful stop</source>
        <translation>操作系统正常停止</translation>
    </message>
    <message>
        <source>OS initiated hard reset</source>
        <translation>操作系统发起的硬复位</translation>
    </message>
    <message>
        <source>OS initiated warm reset</source>
        <translation>操作系统发起的热复位</translation>
    </message>
    <message>
        <source>OS pre-timeout Interrupt</source>
        <translation>操作系统看门狗预超时中断</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other FRU</source>
        <translation>其他 FRU</translation>
    </message>
    <message>
        <source>Other LAN</source>
        <translation>其他 LAN</translation>
    </message>
    <message>
        <source>Other pre-boot password violation</source>
        <translation>其他预启动密码违规</translation>
    </message>
    <message>
        <source>Out-of-band access password violation</source>
        <translation>带外访问密码违规</translation>
    </message>
    <message>
        <source>PCI PERR</source>
        <translation>PCI PERR</translation>
    </message>
    <message>
        <source>PCI SERR</source>
        <translation>PCI SERR</translation>
    </message>
    <message>
        <source>PCI SMBus</source>
        <translation>PCI SMBus</translation>
    </message>
    <message>
        <source>PEF Action</source>
        <translation>PEF 操作</translation>
    </message>
    <message>
        <source>PEF initiated soft shutdown</source>
        <translation>PEF 发起的软关机</translation>
    </message>
    <message>
        <source>POST Memory Resize</source>
        <translation>POST 内存容量调整</translation>
    </message>
    <message>
        <source>PXE boot completed</source>
        <translation>PXE 启动完成</translation>
    </message>
    <message>
        <source>PXE server not found</source>
        <translation>未找到 PXE 服务器</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>奇偶校验错误</translation>
    </message>
    <message>
        <source>Parity Check In Progress</source>
        <translation>正在进行奇偶校验</translation>
    </message>
    <message>
        <source>Performance Lags</source>
        <translation>性能滞后</translation>
    </message>
    <message>
        <source>Performance Met</source>
        <translation>性能达标</translation>
    </message>
    <message>
        <source>Physical Security</source>
        <translation>物理安全</translation>
    </message>
    <message>
        <source>Platform Alert</source>
        <translation>平台警报</translation>
    </message>
    <message>
        <source>Platform Event Trap generated</source>
        <translation>已生成平台事件陷阱（PET）</translation>
    </message>
    <message>
        <source>Platform Security</source>
        <translation>平台安全</translation>
    </message>
    <message>
        <source>Platform generated LAN alert</source>
        <translation>平台已发出 LAN 警报</translation>
    </message>
    <message>
        <source>Platform generated SNMP trap, OEM format</source>
        <translation>平台已发出 SNMP 陷阱（OEM 格式）</translation>
    </message>
    <message>
        <source>Platform generated page</source>
        <translation>平台已发出寻呼</translation>
    </message>
    <message>
        <source>Power Button pressed</source>
        <translation>电源按钮被按下</translation>
    </message>
    <message>
        <source>Power Supply</source>
        <translation>电源模块</translation>
    </message>
    <message>
        <source>Power Supply AC lost</source>
        <translation>电源模块交流断电</translation>
    </message>
    <message>
        <source>Power Supply Inactive</source>
        <translation>电源模块未激活</translation>
    </message>
    <message>
        <source>Power Unit</source>
        <translation>电源单元</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>Power down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Power off/down</source>
        <translation>关机/断电</translation>
    </message>
    <message>
        <source>Pre-boot password violation - network boot password</source>
        <translation>预启动密码违规 - 网络启动密码</translation>
    </message>
    <message>
        <source>Pre-boot password violation - setup password</source>
        <translation>预启动密码违规 - 设置程序密码</translation>
    </message>
    <message>
        <source>Pre-boot password violation - user password</source>
        <translation>预启动密码违规 - 用户密码</translation>
    </message>
    <message>
        <source>Predictive Failure</source>
        <translation>预测性故障</translation>
    </message>
    <message>
        <source>Predictive Failure Asserted</source>
        <translation>预测性故障已断言</translation>
    </message>
    <message>
        <source>Predictive Failure Deasserted</source>
        <translation>预测性故障已取消断言</translation>
    </message>
    <message>
        <source>Predictive failure</source>
        <translation>预测性故障</translation>
    </message>
    <message>
        <source>Presence Detected</source>
        <translation>检测到存在</translation>
    </message>
    <message>
        <source>Presence detected</source>
        <translation>检测到存在</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Processor area intrusion</source>
        <translation>处理器区域入侵</translation>
    </message>
    <message>
        <source>ROM boot completed</source>
        <translation>ROM 启动完成</translation>
    </message>
    <message>
        <source>Ready for Device Installation</source>
        <translation>可以安装设备</translation>
    </message>
    <message>
        <source>Ready for Device Removal</source>
        <translation>可以移除设备</translation>
    </message>
    <message>
        <source>Rebuild Aborted</source>
        <translation>重建已中止</translation>
    </message>
    <message>
        <source>Rebuild In Progress</source>
        <translation>正在重建</translation>
    </message>
    <message>
        <source>Redundancy Degraded</source>
        <translation>冗余降级</translation>
    </message>
    <message>
        <source>Redundancy Degraded from Fully Redundant</source>
        <translation>冗余降级（原为完全冗余）</translation>
    </message>
    <message>
        <source>Redundancy Degraded from Non-Redundant</source>
        <translation>冗余降级（原为非冗余）</translation>
    </message>
    <message>
        <source>Redundancy Lost</source>
        <translation>冗余丢失</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Reset Button pressed</source>
        <translation>复位按钮被按下</translation>
    </message>
    <message>
        <source>Run-time critical stop</source>
        <translation>运行时严重停止</translation>
    </message>
    <message>
        <source>S0/G0: working</source>
        <translation>S0/G0：工作</translation>
    </message>
    <message>
        <source>S1: sleeping with system hw &amp; processor context maintained</source>
        <translation>S1：睡眠，保留系统硬件和处理器上下文</translation>
    </message>
    <message>
        <source>S2: sleeping, processor context lost</source>
        <translation>S2：睡眠，处理器上下文丢失</translation>
    </message>
    <message>
        <source>S3: sleeping, processor &amp; hw context lost, memory retained</source>
        <translation>S3：睡眠，处理器和硬件上下文丢失，内存保留</translation>
    </message>
    <message>
        <source>S4/S5: soft-off</source>
        <translation>S4/S5：软关机</translation>
    </message>
    <message>
        <source>S4: non-volatile sleep/suspend-to-disk</source>
        <translation>S4：非易失性睡眠/挂起到磁盘</translation>
    </message>
    <message>
        <source>S5/G2: soft-off</source>
        <translation>S5/G2：软关机</translation>
    </message>
    <message>
        <source>S5: entered by override</source>
        <translation>S5：强制进入</translation>
    </message>
    <message>
        <source>SDR repository in update mode</source>
        <translation>SDR 存储库处于更新模式</translation>
    </message>
    <message>
        <source>SM BIOS Uncorrectable CPU-complex Error</source>
        <translation>SM BIOS 不可纠正的 CPU 复合体错误</translation>
    </message>
    <message>
        <source>SMBus v1.0/1.1</source>
        <translation>SMBus v1.0/1.1</translation>
    </message>
    <message>
        <source>SMBus v2.0</source>
        <translation>SMBus v2.0</translation>
    </message>
    <message>
        <source>SMIC</source>
        <translation>SMIC</translation>
    </message>
    <message>
        <source>Sensor access degraded or unavailable</source>
        <translation>传感器访问降级或不可用</translation>
    </message>
    <message>
        <source>Sensor failure</source>
        <translation>传感器故障</translation>
    </message>
    <message>
        <source>Sensor-specific Discrete</source>
        <translation>传感器特定离散</translation>
    </message>
    <message>
        <source>Session Activated</source>
        <translation>会话已激活</translation>
    </message>
    <message>
        <source>Session Audit</source>
        <translation>会话审计</translation>
    </message>
    <message>
        <source>Session Deactivated</source>
        <translation>会话已停用</translation>
    </message>
    <message>
        <source>Sleep Button pressed</source>
        <translation>睡眠按钮被按下</translation>
    </message>
    <message>
        <source>Sleeping in S1/S2/S3 state</source>
        <translation>处于 S1/S2/S3 睡眠状态</translation>
    </message>
    <message>
        <source>Slot / Connector</source>
        <translation>插槽/连接器</translation>
    </message>
    <message>
        <source>Slot Power is Off</source>
        <translation>插槽电源已关闭</translation>
    </message>
    <message>
        <source>Slot is Disabled</source>
        <translation>插槽已禁用</translation>
    </message>
    <message>
        <source>Soft Power Control Failure</source>
        <translation>软电源控制故障</translation>
    </message>
    <message>
        <source>Soft-power control failure</source>
        <translation>软电源控制故障</translation>
    </message>
    <message>
        <source>Software NMI</source>
        <translation>软件 NMI</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Spare Device</source>
        <translation>备用设备</translation>
    </message>
    <message>
        <source>State Asserted</source>
        <translation>状态已断言</translation>
    </message>
    <message>
        <source>State Deasserted</source>
        <translation>状态已取消断言</translation>
    </message>
    <message>
        <source>Static Address</source>
        <translation>静态地址</translation>
    </message>
    <message>
        <source>System ACPI Power State</source>
        <translation>系统 ACPI 电源状态</translation>
    </message>
    <message>
        <source>System Boot Initiated</source>
        <translation>系统启动/重启</translation>
    </message>
    <message>
        <source>System Event</source>
        <translation>系统事件</translation>
    </message>
    <message>
        <source>System Firmware Error</source>
        <translation>系统固件错误</translation>
    </message>
    <message>
        <source>System Firmware Hang</source>
        <translation>系统固件挂起</translation>
    </message>
    <message>
        <source>System Firmware Progress</source>
        <translation>系统固件进度</translation>
    </message>
    <message>
        <source>System Firmwares</source>
        <translation>系统固件</translation>
    </message>
    <message>
        <source>System Interface (KCS, SMIC, or BT)</source>
        <translation>系统接口（KCS、SMIC 或 BT）</translation>
    </message>
    <message>
        <source>System Reconfigured</source>
        <translation>系统已重新配置</translation>
    </message>
    <message>
        <source>System Restart</source>
        <translation>系统重启</translation>
    </message>
    <message>
        <source>System unplugged from LAN</source>
        <translation>系统已断开 LAN 连接</translation>
    </message>
    <message>
        <source>TMode</source>
        <translation>TMode</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>终结器</translation>
    </message>
    <message>
        <source>Terminator presence detected</source>
        <translation>检测到终结器存在</translation>
    </message>
    <message>
        <source>Thermal Trip</source>
        <translation>过热跳闸</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>已节流</translation>
    </message>
    <message>
        <source>Timeout waiting for selection</source>
        <translation>等待选择超时</translation>
    </message>
    <message>
        <source>Timer expired</source>
        <translation>计时器已到期</translation>
    </message>
    <message>
        <source>Timer interrupt</source>
        <translation>计时器中断</translation>
    </message>
    <message>
        <source>Timestamp Clock Sync</source>
        <translation>时间戳时钟同步</translation>
    </message>
    <message>
        <source>Transition to Active</source>
        <translation>转为活动</translation>
    </message>
    <message>
        <source>Transition to Busy</source>
        <translation>转为忙碌</translation>
    </message>
    <message>
        <source>Transition to Critical from Non-recoverable</source>
        <translation>由不可恢复转为严重</translation>
    </message>
    <message>
        <source>Transition to Critical from less severe</source>
        <translation>由较轻状态转为严重</translation>
    </message>
    <message>
        <source>Transition to Degraded</source>
        <translation>转为降级</translation>
    </message>
    <message>
        <source>Transition to Idle</source>
        <translation>转为空闲</translation>
    </message>
    <message>
        <source>Transition to In Test</source>
        <translation>转为测试中</translation>
    </message>
    <message>
        <source>Transition to Non-critical from OK</source>
        <translation>由正常转为非严重</translation>
    </message>
    <message>
        <source>Transition to Non-critical from more severe</source>
        <translation>由较重状态转为非严重</translation>
    </message>
    <message>
        <source>Transition to Non-recoverable</source>
        <translation>转为不可恢复</translation>
    </message>
    <message>
        <source>Transition to Non-recoverable from less severe</source>
        <translation>由较轻状态转为不可恢复</translation>
    </message>
    <message>
        <source>Transition to OK</source>
        <translation>转为正常</translation>
    </message>
    <message>
        <source>Transition to Off Duty</source>
        <translation>转为停止服务</translation>
    </message>
    <message>
        <source>Transition to Off Line</source>
        <translation>转为脱机</translation>
    </message>
    <message>
        <source>Transition to On Line</source>
        <translation>转为联机</translation>
    </message>
    <message>
        <source>Transition to Power Off</source>
        <translation>转为关机</translation>
    </message>
    <message>
        <source>Transition to Power Save</source>
        <translation>转为节能</translation>
    </message>
    <message>
        <source>Transition to Running</source>
        <translation>转为运行</translation>
    </message>
    <message>
        <source>USB 1.x</source>
        <translation>USB 1.x</translation>
    </message>
    <message>
        <source>USB 2.x</source>
        <translation>USB 2.x</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Unauthorized dock</source>
        <translation>未经授权的坞站连接</translation>
    </message>
    <message>
        <source>Uncorrectable ECC</source>
        <translation>不可纠正的 ECC 错误</translation>
    </message>
    <message>
        <source>Uncorrectable machine check exception</source>
        <translation>不可纠正的机器检查异常</translation>
    </message>
    <message>
        <source>Undetermined system hardware failure</source>
        <translation>未确定的系统硬件故障</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Upper Critical going high</source>
        <translation>高于严重上限</translation>
    </message>
    <message>
        <source>Upper Critical going low</source>
        <translation>低于严重上限</translation>
    </message>
    <message>
        <source>Upper Non-critical going high</source>
        <translation>高于非严重上限</translation>
    </message>
    <message>
        <source>Upper Non-critical going low</source>
        <translation>低于非严重上限</translation>
    </message>
    <message>
        <source>Upper Non-recoverable going high</source>
        <translation>高于不可恢复上限</translation>
    </message>
    <message>
        <source>Upper Non-recoverable going low</source>
        <translation>低于不可恢复上限</translation>
    </message>
    <message>
        <source>User requested PXE boot</source>
        <translation>用户请求 PXE 启动</translation>
    </message>
    <message>
        <source>Version Change</source>
        <translation>版本变更</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>Watchdog1</source>
        <translation>看门狗 1</translation>
    </message>
    <message>
        <source>Watchdog2</source>
        <translation>看门狗 2</translation>
    </message>
    <message>
        <source>always available</source>
        <translation>始终可用</translation>
    </message>
    <message>
        <source>always-off</source>
        <translation>始终关机</translation>
    </message>
    <message>
        <source>always-on</source>
        <translation>始终开机</translation>
    </message>
    <message>
        <source>boot completed - device not specified</source>
        <translation>启动完成 - 未指定设备</translation>
    </message>
    <message>
        <source>cannot return the number of requested data bytes</source>
        <translation>无法返回所请求的数据字节数</translation>
    </message>
    <message>
        <source>chassis power control command</source>
        <translation>机箱电源控制命令</translation>
    </message>
    <message>
        <source>command completed normally</source>
        <translation>命令正常完成</translation>
    </message>
    <message>
        <source>command illegal for the specified sensor or record type</source>
        <translation>该命令不适用于指定的传感器或记录类型</translation>
    </message>
    <message>
        <source>command invalid for the given LUN</source>
        <translation>该命令对指定的 LUN 无效</translation>
    </message>
    <message>
        <source>command not supported in present state</source>
        <translation>当前状态下不支持该命令</translation>
    </message>
    <message>
        <source>command response could not be provided</source>
        <translation>无法提供命令响应</translation>
    </message>
    <message>
        <source>command sub-function disabled or unavailable</source>
        <translation>命令子功能已禁用或不可用</translation>
    </message>
    <message>
        <source>command-specific completion code</source>
        <translation>命令特定的完成代码</translation>
    </message>
    <message>
        <source>destination unavailable</source>
        <translation>目标不可用</translation>
    </message>
    <message>
        <source>device in firmware update mode</source>
        <translation>设备处于固件更新模式</translation>
    </message>
    <message>
        <source>device-specific (OEM) completion code</source>
        <translation>设备特定（OEM）的完成代码</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>duplicated request</source>
        <translation>重复的请求</translation>
    </message>
    <message>
        <source>insufficient privilege level</source>
        <translation>权限级别不足</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>invalid data field in request</source>
        <translation>请求中的数据字段无效</translation>
    </message>
    <message>
        <source>invalid or unsupported command</source>
        <translation>命令无效或不受支持</translation>
    </message>
    <message>
        <source>multi-session</source>
        <translation>多会话</translation>
    </message>
    <message>
        <source>node busy</source>
        <translation>节点忙</translation>
    </message>
    <message>
        <source>out of space</source>
        <translation>空间不足</translation>
    </message>
    <message>
        <source>parameter out of range</source>
        <translation>参数超出范围</translation>
    </message>
    <message>
        <source>power-cycle via PEF</source>
        <translation>由 PEF 执行电源循环</translation>
    </message>
    <message>
        <source>power-up due to always-restore power policy</source>
        <translation>因电源恢复策略为“始终开机”而开机</translation>
    </message>
    <message>
        <source>power-up due to restore-previous power policy</source>
        <translation>因电源恢复策略为“恢复断电前状态”而开机</translation>
    </message>
    <message>
        <source>power-up via RTC wakeup</source>
        <translation>由 RTC 唤醒开机</translation>
    </message>
    <message>
        <source>power-up via pushbutton</source>
        <translation>通过按钮开机</translation>
    </message>
    <message>
        <source>pre-boot only</source>
        <translation>仅预启动</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>恢复断电前状态</translation>
    </message>
    <message>
        <source>request data field length limit exceeded</source>
        <translation>请求数据字段超出长度限制</translation>
    </message>
    <message>
        <source>request data length invalid</source>
        <translation>请求数据长度无效</translation>
    </message>
    <message>
        <source>request data truncated</source>
        <translation>请求数据被截断</translation>
    </message>
    <message>
        <source>requested sensor, data or record not present</source>
        <translation>所请求的传感器、数据或记录不存在</translation>
    </message>
    <message>
        <source>reservation cancelled or invalid reservation ID</source>
        <translation>预留已取消或预留 ID 无效</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>reset via PEF</source>
        <translation>由 PEF 复位</translation>
    </message>
    <message>
        <source>reset via pushbutton</source>
        <translation>通过按钮复位</translation>
    </message>
    <message>
        <source>session-based</source>
        <translation>基于会话</translation>
    </message>
    <message>
        <source>session-less</source>
        <translation>无会话</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>single-session</source>
        <translation>单会话</translation>
    </message>
    <message>
        <source>soft reset</source>
        <translation>软复位</translation>
    </message>
    <message>
        <source>timeout while processing the command</source>
        <translation>处理命令时超时</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown completion code</source>
        <translation>未知的完成代码</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>未指定的错误</translation>
    </message>
    <message>
        <source>watchdog expired</source>
        <translation>看门狗超时</translation>
    </message>
    <message>
        <source>default gateway</source>
        <translation>默认网关</translation>
    </message>
    <message>
        <source>backup gateway</source>
        <translation>备用网关</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Asserted</source>
        <translation>已断言</translation>
    </message>
    <message>
        <source>Deasserted</source>
        <translation>已取消断言</translation>
    </message>
    <message>
        <source>The %1 %2 lies outside the subnet %3/%4: the BMC will not reach it unless the netmask or the gateway is changed too.</source>
        <translation>%1 %2 不在子网 %3/%4 内：除非同时更改子网掩码或网关，否则 BMC 将无法访问它。</translation>
    </message>
    <message>
        <source>%1 cannot be a BMC&apos;s address: it is unspecified, broadcast, multicast or reserved.</source>
        <translation>%1 不能用作 BMC 的地址：它是未指定地址、广播地址、组播地址或保留地址。</translation>
    </message>
    <message>
        <source>The IP address source is &quot;%1&quot;, so a static address would be ignored or refused: set the source to static first (lan set &lt;channel&gt; ipsrc static), or in the same change.</source>
        <translation>IP 地址来源为“%1”，因此静态地址会被忽略或拒绝：请先将来源设为静态（lan set &lt;channel&gt; ipsrc static），或在同一次更改中一并设置。</translation>
    </message>
    <message>
        <source>%1 is not a valid netmask: its one bits must be contiguous from the left (like 255.255.255.0).</source>
        <translation>%1 不是有效的子网掩码：其中为 1 的位必须从最左侧开始连续（例如 255.255.255.0）。</translation>
    </message>
    <message>
        <source>A netmask of 0.0.0.0 leaves the BMC without a subnet.</source>
        <translation>子网掩码为 0.0.0.0 时，BMC 将没有子网。</translation>
    </message>
    <message>
        <source>%1 is the %2 address of the subnet %3, not a host address.</source>
        <translation>%1 是子网 %3 的%2地址，不是主机地址。</translation>
    </message>
    <message>
        <source>VLAN ID %1 is out of range: use 1-4094, or &quot;off&quot; to disable VLAN tagging.</source>
        <translation>VLAN ID %1 超出范围：请使用 1-4094，或使用“off”禁用 VLAN 标记。</translation>
    </message>
    <message>
        <source>VLAN priority %1 is out of range 0-7.</source>
        <translation>VLAN 优先级 %1 超出范围 0-7。</translation>
    </message>
    <message>
        <source>The SNMP community string holds at most 18 characters.</source>
        <translation>SNMP 团体字符串最多 18 个字符。</translation>
    </message>
    <message>
        <source>The IP address source must be static, dhcp, bios or none.</source>
        <translation>IP 地址来源必须为 static、dhcp、bios 或 none。</translation>
    </message>
    <message>
        <source>Cipher suite privilege levels are 0 (unused) to 5 (OEM).</source>
        <translation>加密套件权限级别的取值为 0（未使用）到 5（OEM）。</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>未应用更改：%1</translation>
    </message>
    <message>
        <source>The BMC did not confirm the write (%1); checking whether the change took effect.</source>
        <translation>BMC 未确认写入（%1）；正在检查更改是否已生效。</translation>
    </message>
    <message>
        <source>%1 answered in a new session; the new settings are kept.</source>
        <translation>%1 已在新会话中响应；新设置已保留。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s, and the old address %3 does not answer either: the BMC may need local access.</source>
        <translation>%1 在 %2 秒内未响应，旧地址 %3 也没有响应：可能需要在本地访问 BMC。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; %3 answers, but the previous settings are not known, so nothing was restored.</source>
        <translation>%1 在 %2 秒内未响应；%3 有响应，但先前的设置未知，因此未恢复任何设置。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; restoring the previous settings at %3 failed: %4</source>
        <translation>%1 在 %2 秒内未响应；在 %3 上恢复先前的设置失败：%4</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the previous settings were restored at %3.</source>
        <translation>%1 在 %2 秒内未响应；已在 %3 上恢复先前的设置。</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer: %2 s</source>
        <translation>正在等待 %1 响应：%2 秒</translation>
    </message>
    <message>
        <source>The BMC reports no 802.3 LAN channel among channels 0-11; give the channel number explicitly.</source>
        <translation>BMC 报告在通道 0-11 中没有 802.3 LAN 通道；请明确指定通道号。</translation>
    </message>
    <message>
        <source>wrong user name or password for %1 (the BMC&apos;s RAKP 2 code does not match)</source>
        <translation>%1 的用户名或密码错误（BMC 返回的 RAKP 2 认证码不匹配）</translation>
    </message>
    <message>
        <source>wrong user name or password for %1 (no answer to Activate Session after %2 tries)</source>
        <translation>%1 的用户名或密码错误（尝试 %2 次后，“激活会话”（Activate Session）命令仍无响应）</translation>
    </message>
    <message>
        <source>wrong BMC key (K_g) for %1: the RAKP 4 check value does not match</source>
        <translation>%1 的 BMC 密钥（K_g）错误：RAKP 4 校验值不匹配</translation>
    </message>
    <message>
        <source>the BMC at %1 failed to prove that it knows the password (RAKP 4 check value mismatch); it may not be the BMC you expect</source>
        <translation>位于 %1 的 BMC 未能证明其知道密码（RAKP 4 校验值不匹配）；它可能不是您预期的 BMC</translation>
    </message>
    <message>
        <source>no answer from %1 after %2 tries (%3); check the address, the network and that IPMI over LAN is enabled on the BMC</source>
        <translation>尝试 %2 次后 %1 仍无响应（%3）；请检查地址和网络，并确认 BMC 上已启用 IPMI over LAN</translation>
    </message>
    <message>
        <source>no answer from %1 after 1 try (%2); check the address, the network and that IPMI over LAN is enabled on the BMC</source>
        <translation>尝试 1 次后 %1 无响应（%2）；请检查地址和网络，并确认 BMC 上已启用 IPMI over LAN</translation>
    </message>
    <message>
        <source>no answer from %1 after %2 tries</source>
        <translation>尝试 %2 次后 %1 仍无响应</translation>
    </message>
    <message>
        <source>no answer from %1 after 1 try</source>
        <translation>尝试 1 次后 %1 无响应</translation>
    </message>
    <message>
        <source>%1 (Set Session Privilege Level)</source>
        <translation>%1（设置会话权限级别）</translation>
    </message>
    <message>
        <source>the BMC at %1 does not know user name &apos;%2&apos;</source>
        <translation>位于 %1 的 BMC 上不存在用户名“%2”</translation>
    </message>
    <message>
        <source>the BMC at %1 does not allow the null user name</source>
        <translation>位于 %1 的 BMC 不允许使用空用户名</translation>
    </message>
    <message>
        <source>the BMC at %1 has no free session slot; close other sessions or wait for them to time out</source>
        <translation>位于 %1 的 BMC 没有空闲的会话槽位；请关闭其他会话，或等待其超时</translation>
    </message>
    <message>
        <source>the BMC at %1 does not know user name &apos;%2&apos; (or does not let it log in at %3 level)</source>
        <translation>位于 %1 的 BMC 上不存在用户名“%2”（或不允许该用户以%3权限级别登录）</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; may not log in at %2 level on %3; ask for a lower privilege</source>
        <translation>用户“%1”不能在 %3 上以%2权限级别登录；请改用较低的权限级别</translation>
    </message>
    <message>
        <source>the BMC at %1 refused the login: %2</source>
        <translation>位于 %1 的 BMC 拒绝了登录：%2</translation>
    </message>
    <message>
        <source>the BMC at %1 rejected RAKP message 3 (%2); check the user name and password</source>
        <translation>位于 %1 的 BMC 拒绝了 RAKP 消息 3（%2）；请检查用户名和密码</translation>
    </message>
    <message>
        <source>Reading %1 &gt; Threshold %2 %3</source>
        <translation>读数 %1 &gt; 阈值 %2 %3</translation>
    </message>
    <message>
        <source>Reading %1 &lt; Threshold %2 %3</source>
        <translation>读数 %1 &lt; 阈值 %2 %3</translation>
    </message>
    <message>
        <source>Reading %1 &gt; Threshold %2</source>
        <translation>读数 %1 &gt; 阈值 %2</translation>
    </message>
    <message>
        <source>Reading %1 &lt; Threshold %2</source>
        <translation>读数 %1 &lt; 阈值 %2</translation>
    </message>
    <message>
        <source>Unknown event (offset %1)</source>
        <translation>未知事件（偏移量 %1）</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; may not hold the requested privilege level on the BMC at %2</source>
        <translation>位于 %2 的 BMC 不允许用户“%1”使用所请求的权限级别</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Cipher suite 0 is accepted: it has no authentication, integrity or encryption, so anyone who knows a user name logs in with any password. Set its privilege to X (no access).</source>
        <translation>BMC 接受加密套件 0：它没有认证、完整性保护和加密，任何知道用户名的人都能用任意密码登录。请将其权限设为 X（无访问权限）。</translation>
    </message>
    <message>
        <source>Cipher suite 0 (no authentication, integrity or encryption) is enabled in the cipher suite privileges. Set its privilege to X (no access).</source>
        <translation>加密套件权限中启用了加密套件 0（无认证、无完整性保护、无加密）。请将其权限设为 X（无访问权限）。</translation>
    </message>
    <message>
        <source>a session with cipher suite 0 opened with a wrong password</source>
        <translation>使用错误密码通过加密套件 0 打开了会话</translation>
    </message>
    <message>
        <source>cipher suite privileges (LAN parameter 24) give suite 0 privilege %1</source>
        <translation>加密套件权限（LAN 参数 24）给予套件 0 的权限为 %1</translation>
    </message>
    <message>
        <source>Set the privilege of cipher suite 0 to X (no access).</source>
        <translation>将加密套件 0 的权限设为 X（无访问权限）。</translation>
    </message>
    <message>
        <source>Cipher suites without integrity protection are enabled (%1): after login, packets can be altered or injected without detection. Set their privilege to X (no access) and use suite 3 or 17.</source>
        <translation>启用了没有完整性保护的加密套件（%1）：登录后，数据包可能被篡改或注入而不被发现。请将它们的权限设为 X（无访问权限），并使用套件 3 或 17。</translation>
    </message>
    <message>
        <source>cipher suite privileges (LAN parameter 24) enable suites %1</source>
        <translation>加密套件权限（LAN 参数 24）启用了套件 %1</translation>
    </message>
    <message>
        <source>sessions opened with cipher suites %1</source>
        <translation>使用加密套件 %1 打开了会话</translation>
    </message>
    <message>
        <source>Set the privilege of cipher suites %1 to X (no access).</source>
        <translation>将加密套件 %1 的权限设为 X（无访问权限）。</translation>
    </message>
    <message>
        <source>Disable user 1 (the null user) and set its privilege to no access.</source>
        <translation>禁用用户 1（空用户）并将其权限设为无访问权限。</translation>
    </message>
    <message>
        <source>Anonymous login is possible: a session opens with a null user name and null password. Disable user 1 (the null user).</source>
        <translation>可以匿名登录：使用空用户名和空密码即可打开会话。请禁用用户 1（空用户）。</translation>
    </message>
    <message>
        <source>a session opened with a null user name and password</source>
        <translation>使用空用户名和空密码打开了会话</translation>
    </message>
    <message>
        <source>Get Channel Authentication Capabilities reports anonymous login enabled</source>
        <translation>Get Channel Authentication Capabilities 报告已启用匿名登录</translation>
    </message>
    <message>
        <source>User 1, the null user, is enabled. With a password set it can log in with an empty user name; disable it.</source>
        <translation>用户 1（空用户）已启用。设置密码后它可以用空用户名登录；请禁用它。</translation>
    </message>
    <message>
        <source>Get User Access for user 1: privilege %1</source>
        <translation>用户 1 的 Get User Access：权限 %1</translation>
    </message>
    <message>
        <source>User %1 has an empty name but is enabled: it logs in with a null user name. Disable it or give it a name.</source>
        <translation>用户 %1 名称为空但已启用：它可以用空用户名登录。请禁用它或为其命名。</translation>
    </message>
    <message>
        <source>Get User Name is empty and Get User Access shows privilege %1</source>
        <translation>Get User Name 为空，Get User Access 显示权限 %1</translation>
    </message>
    <message>
        <source>Disable user %1 and set its privilege to no access.</source>
        <translation>禁用用户 %1 并将其权限设为无访问权限。</translation>
    </message>
    <message>
        <source>IPMI 1.5 logins accept weak authentication (%1): none and straight password send the password or nothing, MD2 is broken. Allow only MD5, or no IPMI 1.5 authentication at all if only IPMI 2.0 clients are used.</source>
        <translation>IPMI 1.5 登录接受弱认证（%1）：none 和 straight password 不发送认证或直接发送密码，MD2 已被攻破。请只允许 MD5；如果只使用 IPMI 2.0 客户端，则完全不允许 IPMI 1.5 认证。</translation>
    </message>
    <message>
        <source>Get Channel Authentication Capabilities offers %1</source>
        <translation>Get Channel Authentication Capabilities 提供 %1</translation>
    </message>
    <message>
        <source>Write the auth type enables with MD5 only at every privilege level.</source>
        <translation>在每个权限级别上只启用 MD5 认证类型。</translation>
    </message>
    <message>
        <source>Turn per-message and user-level authentication on in the channel access (volatile and non-volatile).</source>
        <translation>在通道访问设置（易失和非易失）中开启逐消息认证和用户级认证。</translation>
    </message>
    <message>
        <source>Per-message authentication is disabled: after an IPMI 1.5 login, packets carry no authentication code and a session can be hijacked. Turn it on.</source>
        <translation>逐消息认证已禁用：IPMI 1.5 登录后，数据包不携带认证码，会话可能被劫持。请开启它。</translation>
    </message>
    <message>
        <source>User-level authentication is disabled: commands at USER privilege need no authentication code. Turn it on.</source>
        <translation>用户级认证已禁用：USER 权限的命令无需认证码。请开启它。</translation>
    </message>
    <message>
        <source>%1: per-message authentication disabled</source>
        <translation>%1：逐消息认证已禁用</translation>
    </message>
    <message>
        <source>%1: user level authentication disabled</source>
        <translation>%1：用户级认证已禁用</translation>
    </message>
    <message>
        <source>The BMC has users with a null user name and a non-null password: they log in without a name. Disable them or give them names.</source>
        <translation>BMC 上有用户名为空但密码非空的用户：他们无需用户名即可登录。请禁用他们或为其命名。</translation>
    </message>
    <message>
        <source>Get Channel Authentication Capabilities: null user names enabled</source>
        <translation>Get Channel Authentication Capabilities：已启用空用户名</translation>
    </message>
    <message>
        <source>The BMC key (K_g) is not set: RMCP+ session keys derive from the user&apos;s password alone. A K_g adds a second secret that RAKP hashes do not reveal.</source>
        <translation>未设置 BMC 密钥（K_g）：RMCP+ 会话密钥仅由用户密码派生。K_g 增加了第二个秘密，RAKP 哈希不会泄露它。</translation>
    </message>
    <message>
        <source>Get Channel Authentication Capabilities: K_g status is all zeros</source>
        <translation>Get Channel Authentication Capabilities：K_g 状态全为零</translation>
    </message>
    <message>
        <source>The factory account %1 still has its default password (%2). Change the password or disable the account.</source>
        <translation>出厂账户 %1 仍使用默认密码（%2）。请更改密码或禁用该账户。</translation>
    </message>
    <message>
        <source>a session opened as %1 with the published default password</source>
        <translation>使用公开的默认密码以 %1 身份打开了会话</translation>
    </message>
    <message>
        <source>The password of the audited account (%1) is %2 bytes, at most 16: RAKP hashes of short passwords are cracked offline quickly. Use a random 20-byte password (set with the 20-byte form). Other accounts&apos; passwords cannot be read over IPMI, so only this account was checked.</source>
        <translation>被审计账户（%1）的密码为 %2 字节，不超过 16 字节：短密码的 RAKP 哈希很快就能被离线破解。请使用随机的 20 字节密码（以 20 字节格式设置）。其他账户的密码无法通过 IPMI 读取，因此只检查了此账户。</translation>
    </message>
    <message>
        <source>the password this audit logged in with is %1 bytes long</source>
        <translation>本次审计登录所用的密码长度为 %1 字节</translation>
    </message>
    <message>
        <source>IPMI 2.0 by design (RAKP message 2) gives anyone who knows a user name an HMAC of that user&apos;s password, which can be cracked offline. Use long random passwords (20 bytes), keep the BMC on a separate management network, and disable accounts that are not used.</source>
        <translation>IPMI 2.0 的设计（RAKP 消息 2）会把用户密码的 HMAC 交给任何知道用户名的人，该 HMAC 可被离线破解。请使用较长的随机密码（20 字节），将 BMC 放在独立的管理网络中，并禁用不用的账户。</translation>
    </message>
    <message>
        <source>the BMC speaks IPMI 2.0 (RMCP+)</source>
        <translation>BMC 支持 IPMI 2.0（RMCP+）</translation>
    </message>
    <message>
        <source>authentication capabilities not read: %1</source>
        <translation>未读取认证能力：%1</translation>
    </message>
    <message>
        <source>channel access not read: %1</source>
        <translation>未读取通道访问设置：%1</translation>
    </message>
    <message>
        <source>LAN configuration not read: %1</source>
        <translation>未读取 LAN 配置：%1</translation>
    </message>
    <message>
        <source>LAN parameter %1 is not supported by the BMC</source>
        <translation>BMC 不支持 LAN 参数 %1</translation>
    </message>
    <message>
        <source>user list not read: %1</source>
        <translation>未读取用户列表：%1</translation>
    </message>
    <message>
        <source>The fix was not applied (%1): %2</source>
        <translation>未应用修复（%1）：%2</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>无动作</translation>
    </message>
    <message>
        <source>Hard Reset</source>
        <translation>硬复位</translation>
    </message>
    <message>
        <source>Power Down</source>
        <translation>断电</translation>
    </message>
    <message>
        <source>Power Cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 失败：%2（%3）</translation>
    </message>
    <message>
        <source>%1 failed: the BMC does not support this parameter (80h).</source>
        <translation>%1 失败：BMC 不支持此参数（80h）。</translation>
    </message>
    <message>
        <source>%1 failed: the parameter is read-only (82h).</source>
        <translation>%1 失败：该参数为只读（82h）。</translation>
    </message>
    <message>
        <source>%1 failed: the parameter is write-only (83h).</source>
        <translation>%1 失败：该参数为只写（83h）。</translation>
    </message>
    <message>
        <source>%1 failed: another client has a %2 change in progress (81h). Wait for it to finish, or clear it with &quot;set in progress&quot; = set complete.</source>
        <translation>%1 失败：另一个客户端正在进行 %2 更改（81h）。请等待其完成，或将“set in progress”设为 set complete 以清除。</translation>
    </message>
    <message>
        <source>Not Available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Lower Non-Recoverable</source>
        <translation>低于不可恢复下限</translation>
    </message>
    <message>
        <source>Upper Non-Recoverable</source>
        <translation>高于不可恢复上限</translation>
    </message>
    <message>
        <source>Lower Critical</source>
        <translation>低于严重下限</translation>
    </message>
    <message>
        <source>Upper Critical</source>
        <translation>高于严重上限</translation>
    </message>
    <message>
        <source>Lower Non-Critical</source>
        <translation>低于非严重下限</translation>
    </message>
    <message>
        <source>Upper Non-Critical</source>
        <translation>高于非严重上限</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Non-Critical</source>
        <translation>非严重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Non-Recoverable</source>
        <translation>不可恢复</translation>
    </message>
    <message>
        <source>The record describes no sensor.</source>
        <translation>该记录没有描述任何传感器。</translation>
    </message>
    <message>
        <source>The BMC reports the reading as unavailable.</source>
        <translation>BMC 报告读数不可用。</translation>
    </message>
    <message>
        <source>The BMC does not scan this sensor (scanning disabled).</source>
        <translation>BMC 未扫描此传感器（扫描已禁用）。</translation>
    </message>
    <message>
        <source>The sensor is non-linear and its reading factors are missing.</source>
        <translation>该传感器为非线性，缺少读数换算因子。</translation>
    </message>
    <message>
        <source>The raw reading does not convert to a value.</source>
        <translation>原始读数无法换算为数值。</translation>
    </message>
    <message>
        <source>The BMC&apos;s record of this sensor is cut short: its reading is shown raw.</source>
        <translation>BMC 中此传感器的记录不完整：其读数以原始值显示。</translation>
    </message>
    <message>
        <source>The record gives no conversion for the reading.</source>
        <translation>该记录未提供读数的换算方法。</translation>
    </message>
    <message>
        <source>The BMC&apos;s record of this sensor is cut short: its states may be incomplete.</source>
        <translation>BMC 中此传感器的记录不完整：其状态可能不全。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The credentials of %1 could not be read: %2</source>
        <translation>无法读取 %1 的凭据：%2</translation>
    </message>
    <message>
        <source>The credentials of %1 could not be saved: %2</source>
        <translation>无法保存 %1 的凭据：%2</translation>
    </message>
    <message>
        <source>Credentials of a removed server could not be deleted: %1</source>
        <translation>无法删除已移除服务器的凭据：%1</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>The credentials file %1 does not exist.</source>
        <translation>凭据文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The credentials file %1 may be read by others; make it readable by its owner only (chmod 600).</source>
        <translation>凭据文件 %1 可能被他人读取；请设为仅所有者可读（chmod 600）。</translation>
    </message>
    <message>
        <source>Cannot read the credentials file %1: %2</source>
        <translation>无法读取凭据文件 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;&lt;server&gt; = &lt;password&gt;&quot;.</source>
        <translation>%1，第 %2 行：应为“&lt;服务器&gt; = &lt;密码&gt;”。</translation>
    </message>
    <message>
        <source>%1, line %2: the server before &quot; = &quot; is missing.</source>
        <translation>%1，第 %2 行：缺少“ = ”之前的服务器。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后有多余的文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (enclose the field in quotes and double the quote)</source>
        <translation>未加引号的字段中含有引号（请用引号括起该字段，并将其中的引号写两次）</translation>
    </message>
</context>
<context>
    <name>DaemonOptions</name>
    <message>
        <source>The server registry (the desktop&apos;s servers.json).</source>
        <translation>服务器列表（桌面程序的 servers.json）。</translation>
    </message>
    <message>
        <source>BMC passwords, &quot;&lt;server&gt; = &lt;password&gt;&quot; lines (0600).</source>
        <translation>BMC 密码，每行“&lt;服务器&gt; = &lt;密码&gt;”（0600）。</translation>
    </message>
    <message>
        <source>The desktop&apos;s encrypted vault file (vault.bin).</source>
        <translation>桌面程序的加密保险库文件（vault.bin）。</translation>
    </message>
    <message>
        <source>The vault&apos;s master password (0600).</source>
        <translation>保险库的主密码（0600）。</translation>
    </message>
    <message>
        <source>An ipmi_exporter configuration (modules:) for /ipmi.</source>
        <translation>用于 /ipmi 的 ipmi_exporter 配置（modules:）。</translation>
    </message>
    <message>
        <source>Where to serve HTTP (default :9290).</source>
        <translation>HTTP 服务地址（默认 :9290）。</translation>
    </message>
    <message>
        <source>Poll only share K of N of the registry (see docs/deploy.md).</source>
        <translation>只轮询服务器列表 N 份中的第 K 份（见 docs/deploy.md）。</translation>
    </message>
    <message>
        <source>Sensor poll interval (default 30).</source>
        <translation>传感器轮询间隔（默认 30）。</translation>
    </message>
    <message>
        <source>Chassis status poll interval (default 30).</source>
        <translation>机箱状态轮询间隔（默认 30）。</translation>
    </message>
    <message>
        <source>SEL poll interval (default 60).</source>
        <translation>SEL 轮询间隔（默认 60）。</translation>
    </message>
    <message>
        <source>Deadline of a poll of a registry server (default 10000).</source>
        <translation>轮询列表中服务器的期限（默认 10000）。</translation>
    </message>
    <message>
        <source>Collectors for registry servers (default ipmi,bmc,chassis,sel).</source>
        <translation>列表中服务器的收集器（默认 ipmi,bmc,chassis,sel）。</translation>
    </message>
    <message>
        <source>Forget /ipmi targets not asked for this long (default 600).</source>
        <translation>在这么长时间内未被请求的 /ipmi 目标将被遗忘（默认 600）。</translation>
    </message>
    <message>
        <source>Most /ipmi targets followed at once (default 1000).</source>
        <translation>同时跟踪的 /ipmi 目标上限（默认 1000）。</translation>
    </message>
    <message>
        <source>Where SDR caches are kept (default $STATE_DIRECTORY or /var/lib/bmcpilot).</source>
        <translation>SDR 缓存的存放位置（默认 $STATE_DIRECTORY 或 /var/lib/bmcpilot）。</translation>
    </message>
    <message>
        <source>Accepted for the ipmi_exporter; not needed.</source>
        <translation>为兼容 ipmi_exporter 而接受；不需要。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--%1 wants seconds from 1 to 86400, not &quot;%2&quot;.</source>
        <translation>--%1 需要 1 到 86400 之间的秒数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--timeout wants milliseconds from 100 to 600000, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 100 到 600000 之间的毫秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--collectors: &quot;%1&quot; is not one of ipmi, bmc, chassis, sel.</source>
        <translation>--collectors：“%1”不是 ipmi、bmc、chassis、sel 之一。</translation>
    </message>
    <message>
        <source>--forget-after wants seconds from 10 to 604800, not &quot;%1&quot;.</source>
        <translation>--forget-after 需要 10 到 604800 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--max-targets wants a number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--max-targets 需要 1 到 100000 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--%1 is an ipmi_exporter option that bmcpilotd does not need; it is ignored.</source>
        <translation>--%1 是 bmcpilotd 不需要的 ipmi_exporter 选项；已忽略。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>未知设置“%1”。</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: expected &quot;name = value&quot;.</source>
        <translation>%1：应为“名称 = 值”。</translation>
    </message>
    <message>
        <source>Polls the BMCs of a BMC Pilot server registry and serves their readings to Prometheus, at /metrics and, as the ipmi_exporter does, at /ipmi?target=host:port&amp;module=NAME.</source>
        <translation>轮询 BMC Pilot 服务器列表中的 BMC，并将读数提供给 Prometheus：在 /metrics，以及与 ipmi_exporter 相同的 /ipmi?target=host:port&amp;module=NAME。</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>配置文件（默认 %1）。</translation>
    </message>
    <message>
        <source>Accepted for the ipmi_exporter; not supported.</source>
        <translation>为兼容 ipmi_exporter 而接受；不支持。</translation>
    </message>
    <message>
        <source>The server registry, when --registry is not given.</source>
        <translation>未给出 --registry 时使用的服务器列表。</translation>
    </message>
    <message>
        <source>--web.systemd-socket is not supported; use --web.listen-address.</source>
        <translation>不支持 --web.systemd-socket；请使用 --web.listen-address。</translation>
    </message>
    <message>
        <source>One registry file at most; got %1 arguments.</source>
        <translation>最多一个服务器列表文件；收到了 %1 个参数。</translation>
    </message>
    <message>
        <source>--vault needs --vault-password-file (or a vault-password credential) to open it.</source>
        <translation>--vault 需要 --vault-password-file（或 vault-password 凭据）才能打开。</translation>
    </message>
</context>
<context>
    <name>DaemonSetup</name>
    <message>
        <source>Cannot read the server registry %1: %2</source>
        <translation>无法读取服务器列表 %1：%2</translation>
    </message>
    <message>
        <source>The server registry %1 was written by a newer BMC Pilot; update bmcpilotd.</source>
        <translation>服务器列表 %1 由更新版本的 BMC Pilot 写入；请更新 bmcpilotd。</translation>
    </message>
    <message>
        <source>The server registry %1 cannot be used: %2</source>
        <translation>无法使用服务器列表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the vault password file %1: %2</source>
        <translation>无法读取保险库密码文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the vault %1: %2</source>
        <translation>无法打开保险库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <source>Starting the demo lab...</source>
        <translation>正在启动演示实验室……</translation>
    </message>
    <message>
        <source>The demo lab did not start: %1</source>
        <translation>演示实验室未能启动：%1</translation>
    </message>
    <message>
        <source>Simulated BMCs (loopback only):</source>
        <translation>模拟的 BMC（仅限环回地址）：</translation>
    </message>
    <message>
        <source>Press Ctrl+C (or close standard input) to stop the lab.</source>
        <translation>按 Ctrl+C（或关闭标准输入）停止演示实验室。</translation>
    </message>
    <message>
        <source>Cannot watch for Ctrl+C.</source>
        <translation>无法监听 Ctrl+C。</translation>
    </message>
    <message>
        <source>Demo lab stopped.</source>
        <translation>演示实验室已停止。</translation>
    </message>
    <message>
        <source>This build of %1 has no demo lab: it was built without %2. Install openipmi and python3, then build again.</source>
        <translation>此版本的 %1 没有演示实验室：构建时缺少 %2。请安装 openipmi 和 python3，然后重新构建。</translation>
    </message>
</context>
<context>
    <name>DiscoveryDialog</name>
    <message>
        <source>Discover BMCs</source>
        <translation>发现 BMC</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>10.0.0.0/24, 10.0.1.[1-40] or a list</source>
        <translation>10.0.0.0/24, 10.0.1.[1-40] 或地址列表</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Pings per second</source>
        <translation>每秒 Ping 次数</translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>IPMI</source>
        <translation>IPMI</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>已在列表中</translation>
    </message>
    <message>
        <source>Add the checked BMCs</source>
        <translation>添加勾选的 BMC</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add to the server list</source>
        <translation>添加到服务器列表</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; a sweep takes addresses, not names.</source>
        <translation>“%1”不是 IPv4 地址；扫描只接受地址，不接受主机名。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (ASF only)</source>
        <translation>否（仅 ASF）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>已在列表中</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n BMC(s) found so far.</source>
        <translation>
            <numerusform>已停止：目前已发现 %n 个 BMC。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No BMC answered among %n address(es).</source>
        <translation>
            <numerusform>%n 个地址中没有 BMC 响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
</context>
<context>
    <name>EventFilterModel</name>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>OEM action</source>
        <translation>OEM 动作</translation>
    </message>
    <message>
        <source>Diagnostic interrupt</source>
        <translation>诊断中断</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>%1 (manufacturer&apos;s)</source>
        <translation>%1（厂商定义）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sensor type</source>
        <translation>传感器类型</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation>策略集</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>The BMC&apos;s clock was never set: it stamped this event %1. The time shown is where that falls by the clock&apos;s count now.</source>
        <translation>BMC 的时钟从未设置过：它给此事件标记的时间为 %1。显示的时间是按时钟当前计数推算出的时刻。</translation>
    </message>
</context>
<context>
    <name>EventLogPage</name>
    <message>
        <source>Filter events by sensor, type or text</source>
        <translation>按传感器、类型或文本筛选事件</translation>
    </message>
    <message>
        <source>Show only events of at least this severity</source>
        <translation>仅显示不低于此严重程度的事件</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the events the filters show as a CSV file</source>
        <translation>将筛选后显示的事件保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>Erase the System Event Log on the BMC</source>
        <translation>清除 BMC 上的系统事件日志</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>警告和严重</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select a server to see its event log.</source>
        <translation>请选择一台服务器以查看其事件日志。</translation>
    </message>
    <message>
        <source>Reading the event log…</source>
        <translation>正在读取事件日志……</translation>
    </message>
    <message>
        <source>Could not read the event log: %1</source>
        <translation>无法读取事件日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), checked %1</source>
        <translation>
            <numerusform>%n 条记录，检查于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>last check failed: %1</source>
        <translation>上次检查失败：%1</translation>
    </message>
    <message>
        <source>refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation>导出事件日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>exported %n entry(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Clear event log</source>
        <translation>清除事件日志</translation>
    </message>
    <message numerus="yes">
        <source>Erase all %n entry(s) of the System Event Log on %1?</source>
        <translation>
            <numerusform>要清除 %1 上系统事件日志中的全部 %n 条记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries are deleted on the BMC and cannot be brought back. Export them first if you may need them.</source>
        <translation>这些记录将从 BMC 上删除，且无法恢复。如果以后可能需要，请先导出。</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>clearing…</source>
        <translation>正在清除……</translation>
    </message>
    <message numerus="yes">
        <source>cleared the event log of %1 (%n entry(s) erased)</source>
        <translation>
            <numerusform>已清除 %1 的事件日志（删除了 %n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>could not clear the event log of %1: %2</source>
        <translation>无法清除 %1 的事件日志：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n arrived while this page was open (bold)</source>
        <translation>
            <numerusform>%n 条在本页打开期间到达（粗体）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExporterConfig</name>
    <message>
        <source>Cannot read the exporter configuration %1: %2</source>
        <translation>无法读取 exporter 配置 %1：%2</translation>
    </message>
    <message>
        <source>Out of memory reading %1.</source>
        <translation>读取 %1 时内存不足。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a &quot;modules:&quot; map.</source>
        <translation>%1 为空：需要一个“modules:”映射。</translation>
    </message>
    <message>
        <source>%1: the top level must be a map with &quot;modules:&quot;.</source>
        <translation>%1：顶层必须是包含“modules:”的映射。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not used by bmcpilotd.</source>
        <translation>%1：bmcpilotd 不使用“%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;modules&quot; must be a map of module names.</source>
        <translation>%1：“modules”必须是模块名称的映射。</translation>
    </message>
    <message>
        <source>%1, line %2: a module must be a name with a map of settings.</source>
        <translation>%1，第 %2 行：模块必须是一个名称加一个设置映射。</translation>
    </message>
    <message>
        <source>%1, line %2, module &quot;%3&quot;: %4</source>
        <translation>%1，第 %2 行，模块“%3”：%4</translation>
    </message>
    <message>
        <source>privilege &quot;%1&quot; is not user, operator or admin.</source>
        <translation>权限“%1”不是 user、operator 或 admin。</translation>
    </message>
    <message>
        <source>timeout &quot;%1&quot; is not a number of milliseconds from 100 to 600000.</source>
        <translation>超时“%1”不是 100 到 600000 之间的毫秒数。</translation>
    </message>
    <message>
        <source>driver &quot;%1&quot; is not LAN or LAN_2_0 (bmcpilotd reaches BMCs over the network only).</source>
        <translation>驱动“%1”不是 LAN 或 LAN_2_0（bmcpilotd 只通过网络访问 BMC）。</translation>
    </message>
    <message>
        <source>collectors must be a list.</source>
        <translation>collectors 必须是列表。</translation>
    </message>
    <message>
        <source>%1, module &quot;%2&quot;: the collector &quot;%3&quot; is not provided by bmcpilotd; it is left out.</source>
        <translation>%1，模块“%2”：bmcpilotd 不提供收集器“%3”；已略过。</translation>
    </message>
    <message>
        <source>exclude_sensor_ids must be a list.</source>
        <translation>exclude_sensor_ids 必须是列表。</translation>
    </message>
    <message>
        <source>exclude_sensor_ids holds something that is not a record id.</source>
        <translation>exclude_sensor_ids 中有不是记录 ID 的内容。</translation>
    </message>
    <message>
        <source>cipher_suite &quot;%1&quot; is not a cipher suite number.</source>
        <translation>cipher_suite“%1”不是密码套件编号。</translation>
    </message>
    <message>
        <source>%1, module &quot;%2&quot;: &quot;%3&quot; is a FreeIPMI setting that bmcpilotd does not need; it is ignored.</source>
        <translation>%1，模块“%2”：“%3”是 bmcpilotd 不需要的 FreeIPMI 设置；已忽略。</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>No server has the id %1.</source>
        <translation>没有 ID 为 %1 的服务器。</translation>
    </message>
</context>
<context>
    <name>FleetCollector</name>
    <message>
        <source>The target &quot;%1&quot; is not a host or host:port.</source>
        <translation>目标“%1”不是主机或 host:port。</translation>
    </message>
    <message>
        <source>bmcpilotd already follows %1 targets asked for through /ipmi (the limit); it forgets those not asked for in %2 s.</source>
        <translation>bmcpilotd 已在跟踪通过 /ipmi 请求的 %1 个目标（上限）；%2 秒内未被请求的目标会被遗忘。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; cannot be polled: %2</source>
        <translation>无法轮询目标“%1”：%2</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内无应答。</translation>
    </message>
</context>
<context>
    <name>FleetDialog</name>
    <message>
        <source>Fleet operation</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Stored form</source>
        <translation>存储格式</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>运行…</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <source>Set a user&apos;s password</source>
        <translation>设置用户密码</translation>
    </message>
    <message>
        <source>Clear the SEL</source>
        <translation>清除 SEL</translation>
    </message>
    <message>
        <source>Automatic (by length)</source>
        <translation>自动（按长度）</translation>
    </message>
    <message>
        <source>16-byte (IPMI 1.5)</source>
        <translation>16 字节（IPMI 1.5）</translation>
    </message>
    <message>
        <source>20-byte (IPMI 2.0)</source>
        <translation>20 字节（IPMI 2.0）</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>请输入两次新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Set the password of user %1 on</source>
        <translation>设置用户 %1 的密码，目标为</translation>
    </message>
    <message>
        <source>1 server</source>
        <translation>1 台服务器</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 台服务器</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及另外 %1 台</translation>
    </message>
    <message>
        <source>Every event in their System Event Logs is erased.</source>
        <translation>这些服务器系统事件日志中的所有事件都将被清除。</translation>
    </message>
    <message>
        <source>User %1 can no longer log in with the old password; sessions and scripts that use it will fail.</source>
        <translation>用户 %1 将无法再使用旧密码登录；使用旧密码的会话和脚本将会失败。</translation>
    </message>
    <message>
        <source>Running operating systems are interrupted.</source>
        <translation>正在运行的操作系统将被中断。</translation>
    </message>
    <message>
        <source>%1 on %2?</source>
        <translation>要在 %2 上执行“%1”吗？</translation>
    </message>
    <message>
        <source>Length: %1 bytes. Up to 16 bytes fit either form; 17 to 20 need the 20-byte form (IPMI 2.0), which some BMCs lack.</source>
        <translation>长度：%1 字节。不超过 16 字节的密码两种格式均可使用；17 到 20 字节需要 20 字节格式（IPMI 2.0），部分 BMC 不支持该格式。</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Servers (tick servers or whole groups)</source>
        <translation>服务器（勾选服务器或整个分组）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>No server is ticked. Tick servers or a group in the list above.</source>
        <translation>未勾选任何服务器。请在上方列表中勾选服务器或分组。</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <source>Alert destination</source>
        <translation>告警目标</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Trap receiver IP address</source>
        <translation>陷阱接收方 IP 地址</translation>
    </message>
    <message>
        <source>MAC address (optional)</source>
        <translation>MAC 地址（可选）</translation>
    </message>
    <message>
        <source>Set an alert destination</source>
        <translation>设置告警目标</translation>
    </message>
    <message>
        <source>Type the IPv4 address of the trap receiver, such as 192.0.2.10.</source>
        <translation>请输入陷阱接收方的 IPv4 地址，例如 192.0.2.10。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address such as 00:1a:2b:3c:4d:5e.</source>
        <translation>“%1”不是形如 00:1a:2b:3c:4d:5e 的 MAC 地址。</translation>
    </message>
    <message>
        <source>Their event filters start acting on events: alerts, and any power actions the filters hold.</source>
        <translation>它们的事件过滤器将开始对事件执行动作：告警，以及过滤器中设置的任何电源动作。</translation>
    </message>
    <message>
        <source>They stop sending alerts and taking filter actions on events.</source>
        <translation>它们将停止发送告警，也不再对事件执行过滤器动作。</translation>
    </message>
    <message>
        <source>Alerts sent to destination %1 go to %2 from then on.</source>
        <translation>此后发往目标 %1 的告警将发送到 %2。</translation>
    </message>
</context>
<context>
    <name>FleetOperation</name>
    <message>
        <source>Power off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>硬复位</translation>
    </message>
    <message>
        <source>Diagnostic interrupt</source>
        <translation>诊断中断</translation>
    </message>
    <message>
        <source>Soft shutdown</source>
        <translation>软关机</translation>
    </message>
    <message>
        <source>Chassis control %1</source>
        <translation>机箱控制 %1</translation>
    </message>
    <message>
        <source>Set the password of user %1</source>
        <translation>设置用户 %1 的密码</translation>
    </message>
    <message>
        <source>Clear the SEL</source>
        <translation>清除 SEL</translation>
    </message>
    <message>
        <source>The user id must be from 2 to %1 (user 1 is the anonymous user).</source>
        <translation>用户 ID 必须在 2 到 %1 之间（用户 1 为匿名用户）。</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>新密码为空。</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The BMC accepted: %1.</source>
        <translation>BMC 已接受：%1。</translation>
    </message>
    <message>
        <source>Password of user %1 set (%2-byte form).</source>
        <translation>已设置用户 %1 的密码（%2 字节格式）。</translation>
    </message>
    <message>
        <source>SEL cleared.</source>
        <translation>已清除 SEL。</translation>
    </message>
    <message>
        <source>Cancelled while running; the BMC may have acted already.</source>
        <translation>在运行中被取消；BMC 可能已执行该操作。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 cancelled of %4</source>
        <translation>%4 台中 %1 台完成，%2 台失败，%3 台已取消</translation>
    </message>
    <message>
        <source>The name of user %1 could not be read, so its password was not changed: %2</source>
        <translation>无法读取用户 %1 的名称，因此未更改其密码：%2</translation>
    </message>
    <message>
        <source>Password of user %1 set (%2-byte form); BMC Pilot logs in with it from now on.</source>
        <translation>已设置用户 %1 的密码（%2 字节格式）；BMC Pilot 此后将使用该密码登录。</translation>
    </message>
    <message>
        <source>Read the power status</source>
        <translation>读取电源状态</translation>
    </message>
    <message>
        <source>Summarise the sensors</source>
        <translation>汇总传感器</translation>
    </message>
    <message>
        <source>Summarise the SEL</source>
        <translation>汇总 SEL</translation>
    </message>
    <message>
        <source>Turn platform event filtering on</source>
        <translation>开启平台事件过滤</translation>
    </message>
    <message>
        <source>Turn platform event filtering off</source>
        <translation>关闭平台事件过滤</translation>
    </message>
    <message>
        <source>Set alert destination %1</source>
        <translation>设置告警目标 %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>Alert destinations are numbered 1 to 15 (0 is the volatile one).</source>
        <translation>告警目标编号为 1 到 15（0 为易失目标）。</translation>
    </message>
    <message>
        <source>The BMC has no alert destination %1 on channel %2 (it has %3).</source>
        <translation>BMC 在通道 %2 上没有告警目标 %1（共有 %3 个）。</translation>
    </message>
</context>
<context>
    <name>FleetResultsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>FleetSummary</name>
    <message>
        <source>main power fault</source>
        <translation>主电源故障</translation>
    </message>
    <message>
        <source>power control fault</source>
        <translation>电源控制故障</translation>
    </message>
    <message>
        <source>power overload</source>
        <translation>电源过载</translation>
    </message>
    <message>
        <source>interlock active</source>
        <translation>联锁生效</translation>
    </message>
    <message>
        <source>Power is on</source>
        <translation>电源已开启</translation>
    </message>
    <message>
        <source>Power is off</source>
        <translation>电源已关闭</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>1 sensor</source>
        <translation>1 个传感器</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 个传感器</translation>
    </message>
    <message>
        <source>: %1 ok, %2 warning, %3 critical</source>
        <translation>：%1 个正常，%2 个警告，%3 个严重</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>，……</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The SEL is empty.</source>
        <translation>SEL 为空。</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>: %1 critical, %2 warning</source>
        <translation>：%1 条严重，%2 条警告</translation>
    </message>
    <message>
        <source>; latest %1 (%2)</source>
        <translation>；最新一条 %1（%2）</translation>
    </message>
</context>
<context>
    <name>FruCommands</name>
    <message>
        <source>Multi-Record</source>
        <translation>多记录</translation>
    </message>
    <message>
        <source>  Capacity</source>
        <translation>  容量</translation>
    </message>
    <message>
        <source>  Nominal Voltage</source>
        <translation>  额定电压</translation>
    </message>
    <message>
        <source>  Data</source>
        <translation>  数据</translation>
    </message>
    <message>
        <source>cannot read the SDR repository, so only FRU 0 is shown: %1</source>
        <translation>无法读取 SDR 存储库，因此仅显示 FRU 0：%1</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FRU device ID (0 to 254).</source>
        <translation>“%1”不是 FRU 设备 ID（0 到 254）。</translation>
    </message>
    <message>
        <source>FRU Device</source>
        <translation>FRU 设备</translation>
    </message>
    <message>
        <source>FRU Device Description</source>
        <translation>FRU 设备描述</translation>
    </message>
    <message>
        <source>Chassis Type</source>
        <translation>机箱类型</translation>
    </message>
    <message>
        <source>Chassis Part Number</source>
        <translation>机箱部件号</translation>
    </message>
    <message>
        <source>Chassis Serial</source>
        <translation>机箱序列号</translation>
    </message>
    <message>
        <source>Chassis Extra</source>
        <translation>机箱附加信息</translation>
    </message>
    <message>
        <source>Board Mfg Date</source>
        <translation>主板生产日期</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Board Mfg</source>
        <translation>主板制造商</translation>
    </message>
    <message>
        <source>Board Product</source>
        <translation>主板产品名称</translation>
    </message>
    <message>
        <source>Board Serial</source>
        <translation>主板序列号</translation>
    </message>
    <message>
        <source>Board Part Number</source>
        <translation>主板部件号</translation>
    </message>
    <message>
        <source>Board Extra</source>
        <translation>主板附加信息</translation>
    </message>
    <message>
        <source>Product Manufacturer</source>
        <translation>产品制造商</translation>
    </message>
    <message>
        <source>Product Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Product Part Number</source>
        <translation>产品部件号</translation>
    </message>
    <message>
        <source>Product Version</source>
        <translation>产品版本</translation>
    </message>
    <message>
        <source>Product Serial</source>
        <translation>产品序列号</translation>
    </message>
    <message>
        <source>Product Asset Tag</source>
        <translation>产品资产标签</translation>
    </message>
    <message>
        <source>Product Extra</source>
        <translation>产品附加信息</translation>
    </message>
    <message>
        <source>FRU inventory: chassis, board and product serials and part numbers</source>
        <translation>FRU 资产清单：机箱、主板和产品的序列号及部件号</translation>
    </message>
    <message>
        <source>the same as fru print</source>
        <translation>同 fru print</translation>
    </message>
</context>
<context>
    <name>FruInventoryModel</name>
    <message>
        <source>Extra %1</source>
        <translation>附加信息 %1</translation>
    </message>
    <message>
        <source>Chassis</source>
        <translation>机箱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>部件号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>FRU file id</source>
        <translation>FRU 文件 ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Part or model number</source>
        <translation>部件号或型号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <source>Multi-record %1h</source>
        <translation>多记录 %1h</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation>额定电压</translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
</context>
<context>
    <name>FruPage</name>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Reading FRU device %1 of %2…</source>
        <translation>正在读取 FRU 设备 %1/%2……</translation>
    </message>
    <message numerus="yes">
        <source>%n FRU device(s).</source>
        <translation>
            <numerusform>%n 个 FRU 设备。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FRU device(s), %1 could not be read.</source>
        <translation>
            <numerusform>%n 个 FRU 设备，其中 %1 个无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a server to see its inventory.</source>
        <translation>请选择一台服务器以查看其资产清单。</translation>
    </message>
    <message>
        <source>Reading the FRU inventory…</source>
        <translation>正在读取 FRU 资产清单……</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 (no data in this range)</source>
        <translation>%1（此范围内无数据）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No sensors to chart. Choose sensors on the Sensors page to see their history here.</source>
        <translation>没有要绘制图表的传感器。请在“传感器”页面中选择传感器，以在此查看其历史数据。</translation>
    </message>
    <message>
        <source>No history yet for %1.
Readings are recorded while the server is polled.</source>
        <translation>%1 尚无历史数据。
轮询服务器时会记录读数。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No history for %1 in this time range.
Zoom out or choose a longer range.</source>
        <translation>%1 在此时间范围内没有历史数据。
请缩小视图或选择更长的时间范围。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 event at %2: %3</source>
        <translation>%2 %1事件：%3</translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <translation>%1–%2%3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (history unavailable)</source>
        <translation>%1（历史不可用）</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>the file is an SQLite database of another program</source>
        <translation>该文件是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>the schema version is missing</source>
        <translation>缺少架构版本</translation>
    </message>
    <message>
        <source>it has schema version %1, written by a newer BMC Pilot (this one knows up to %2)</source>
        <translation>其架构版本为 %1，由更新版本的 BMC Pilot 写入（当前版本最高支持 %2）</translation>
    </message>
</context>
<context>
    <name>HistorySourceDialog</name>
    <message>
        <source>History source</source>
        <translation>历史数据来源</translation>
    </message>
    <message>
        <source>&amp;Inherit</source>
        <translation>继承(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;This computer: the history recorded while BMC Pilot runs here</source>
        <translation>本机(&amp;T)：BMC Pilot 在本机运行时记录的历史</translation>
    </message>
    <message>
        <source>&amp;Prometheus: shared history collected by bmcpilotd or the ipmi_exporter</source>
        <translation>&amp;Prometheus：由 bmcpilotd 或 ipmi_exporter 收集的共享历史</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>https://prometheus.example:9090</source>
        <translation>https://prometheus.example:9090</translation>
    </message>
    <message>
        <source>Aut&amp;hentication</source>
        <translation>认证(&amp;H)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>用户名和密码（basic）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>History source of all servers</source>
        <translation>所有服务器的历史数据来源</translation>
    </message>
    <message>
        <source>Where the History page reads the sensor history of all servers from, unless a group chooses otherwise. Now: %1.</source>
        <translation>“历史”页面从何处读取所有服务器的传感器历史（除非某个分组另有选择）。当前：%1。</translation>
    </message>
    <message>
        <source>History source of %1</source>
        <translation>%1 的历史数据来源</translation>
    </message>
    <message>
        <source>Where the History page reads the sensor history of the servers in %1 and its subgroups from, unless a subgroup chooses otherwise. Now: %2.</source>
        <translation>“历史”页面从何处读取 %1 及其子分组中服务器的传感器历史（除非某个子分组另有选择）。当前：%2。</translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>所有服务器</translation>
    </message>
    <message>
        <source>&amp;Inherit from %1 (%2)</source>
        <translation>继承自 %1（%2）(&amp;I)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>位于 %1 的 Prometheus</translation>
    </message>
    <message>
        <source>Type the user name for Prometheus.</source>
        <translation>请输入 Prometheus 的用户名。</translation>
    </message>
    <message>
        <source>Type the password for Prometheus.</source>
        <translation>请输入 Prometheus 的密码。</translation>
    </message>
    <message>
        <source>Type the bearer token for Prometheus.</source>
        <translation>请输入 Prometheus 的 Bearer 令牌。</translation>
    </message>
    <message>
        <source>To&amp;ken</source>
        <translation>令牌(&amp;K)</translation>
    </message>
    <message>
        <source>kept in the password vault; type to replace</source>
        <translation>已保存在密码保险库中；输入新值以替换</translation>
    </message>
    <message>
        <source>The password or token is kept in the password vault. TLS certificates are always verified: for a private certificate authority, install its certificate on this computer.</source>
        <translation>密码或令牌保存在密码保险库中。TLS 证书始终会被验证：如使用私有证书颁发机构，请在本机安装其证书。</translation>
    </message>
    <message>
        <source>Asking Prometheus…</source>
        <translation>正在询问 Prometheus…</translation>
    </message>
    <message>
        <source>Prometheus answered</source>
        <translation>Prometheus 已应答</translation>
    </message>
    <message>
        <source>Prometheus %1 answered</source>
        <translation>Prometheus %1 已应答</translation>
    </message>
    <message numerus="yes">
        <source>it has sensor series of %n target(s)</source>
        <translation>
            <numerusform>其中有 %n 个目标的传感器序列</numerusform>
        </translation>
    </message>
    <message>
        <source>there are no servers here yet</source>
        <translation>这里还没有服务器</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n server(s) here are among them</source>
        <translation>
            <numerusform>这里的 %n 台服务器中有 %1 台在其中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; %3.</source>
        <translation>%1：%2；%3。</translation>
    </message>
</context>
<context>
    <name>HistorySourceFile</name>
    <message>
        <source>it is not a BMC Pilot history sources file</source>
        <translation>这不是 BMC Pilot 的历史数据来源文件</translation>
    </message>
    <message>
        <source>it has format version %1, but this BMC Pilot reads only up to version %2</source>
        <translation>其格式版本为 %1，但此 BMC Pilot 只能读取到版本 %2</translation>
    </message>
    <message>
        <source>/sources/%1: %2</source>
        <translation>/sources/%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group id</source>
        <translation>“%1”不是分组 ID</translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot; (none, basic or bearer)</source>
        <translation>未知的认证方式“%1”（none、basic 或 bearer）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (local or prometheus)</source>
        <translation>未知的类型“%1”（local 或 prometheus）</translation>
    </message>
    <message>
        <source>The history sources file %1 cannot be read: %2</source>
        <translation>无法读取历史数据来源文件 %1：%2</translation>
    </message>
    <message>
        <source>The history sources file %1 cannot be used: %2.</source>
        <translation>无法使用历史数据来源文件 %1：%2。</translation>
    </message>
    <message>
        <source>The history sources cannot be saved to %1: %2</source>
        <translation>无法将历史数据来源保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistorySources</name>
    <message>
        <source>The password or token of a Prometheus history source cannot be read from the vault: %1</source>
        <translation>无法从保险库读取 Prometheus 历史数据来源的密码或令牌：%1</translation>
    </message>
    <message>
        <source>The password or token of the Prometheus history source is kept for this session only: %1</source>
        <translation>Prometheus 历史数据来源的密码或令牌仅在本次会话中保留：%1</translation>
    </message>
    <message>
        <source>The password or token of the Prometheus history source is in the password vault, which is not unlocked yet.</source>
        <translation>Prometheus 历史数据来源的密码或令牌在密码保险库中，而保险库尚未解锁。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>History database %1: %2</source>
        <translation>历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>unknown schema error</source>
        <translation>未知的架构错误</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>cannot be used: it is damaged, not a BMC Pilot history database, or from a newer version (%1). The file was not changed.</source>
        <translation>无法使用：文件已损坏、不是 BMC Pilot 历史数据库，或来自更新的版本（%1）。文件未被修改。</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>The host list is empty.</source>
        <translation>主机列表为空。</translation>
    </message>
    <message>
        <source>Unbalanced brackets in &quot;%1&quot;.</source>
        <translation>“%1”中的方括号不配对。</translation>
    </message>
    <message>
        <source>Empty entry in the host list &quot;%1&quot;.</source>
        <translation>主机列表“%1”中有空条目。</translation>
    </message>
    <message>
        <source>The host list would hold %1 hosts; at most %2 are allowed.</source>
        <translation>主机列表将包含 %1 台主机，但最多允许 %2 台。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address in &quot;%1&quot;.</source>
        <translation>“%1”中的 IPv6 地址后有多余的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address; write [address]:port to give a port.</source>
        <translation>“%1”不是有效的 IPv6 地址；如需指定端口，请写成 [地址]:端口。</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot; in &quot;%2&quot;; a port is a number from 1 to 65535.</source>
        <translation>“%2”中的端口“%1”无效；端口应为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>No host name in &quot;%1&quot;.</source>
        <translation>“%1”中没有主机名。</translation>
    </message>
    <message>
        <source>Invalid character &apos;%1&apos; in host &quot;%2&quot;.</source>
        <translation>主机“%2”中含有无效字符“%1”。</translation>
    </message>
    <message>
        <source>Invalid range &quot;[%1]&quot; in &quot;%2&quot;; write it as [1-20] or [1,3,5-7].</source>
        <translation>“%2”中的范围“[%1]”无效；请写成 [1-20] 或 [1,3,5-7] 的形式。</translation>
    </message>
    <message>
        <source>The range &quot;[%1]&quot; in &quot;%2&quot; has too many digits.</source>
        <translation>“%2”中的范围“[%1]”位数过多。</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; in &quot;%2&quot; runs backwards.</source>
        <translation>“%2”中的范围“%1”起始值大于结束值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expands to more than %2 hosts.</source>
        <translation>“%1”展开后超过 %2 台主机。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: %2 is not an octet (0-255).</source>
        <translation>“%1”不是有效的 IPv4 地址：%2 不是 0-255 之间的字节值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network in CIDR form such as 10.0.0.0/24.</source>
        <translation>“%1”不是 CIDR 格式的 IPv4 网络（例如 10.0.0.0/24）。</translation>
    </message>
    <message>
        <source>%1 holds %2 addresses, more than the limit of %3.</source>
        <translation>%1 包含 %2 个地址，超过了 %3 个的上限。</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The desktop keychain reported: %1</source>
        <translation>系统密钥环报告错误：%1</translation>
    </message>
    <message>
        <source>desktop keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>系统密钥环未及时响应</translation>
    </message>
</context>
<context>
    <name>LanClient</name>
    <message>
        <source>cannot resolve host name %1: %2</source>
        <translation>无法解析主机名 %1：%2</translation>
    </message>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>无法打开 UDP 套接字：%1</translation>
    </message>
    <message>
        <source>Serial-over-LAN needs an IPMI 2.0 (lanplus) session.</source>
        <translation>SOL（Serial-over-LAN）需要 IPMI 2.0（lanplus）会话。</translation>
    </message>
</context>
<context>
    <name>LanCommands</name>
    <message>
        <source>LAN configuration of a channel (the LAN channel when omitted)</source>
        <translation>通道的 LAN 配置（省略时为 LAN 通道）</translation>
    </message>
    <message>
        <source>Give at most one channel.</source>
        <translation>最多只能指定一个通道。</translation>
    </message>
    <message>
        <source>change one LAN parameter, checked before it is sent</source>
        <translation>更改一个 LAN 参数，发送前先进行检查</translation>
    </message>
    <message>
        <source>Give a channel, a parameter and its value.</source>
        <translation>请指定通道、参数及其值。</translation>
    </message>
    <message>
        <source>--verify applies to LAN parameters, not access.</source>
        <translation>--verify 只适用于 LAN 参数，不适用于 access。</translation>
    </message>
    <message>
        <source>Set Complete</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <source>Set In Progress</source>
        <translation>正在设置</translation>
    </message>
    <message>
        <source>Commit Write</source>
        <translation>提交写入</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Set in Progress</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Auth Type Support</source>
        <translation>支持的认证类型</translation>
    </message>
    <message>
        <source>Auth Type Enable</source>
        <translation>启用的认证类型</translation>
    </message>
    <message>
        <source>IP Address Source</source>
        <translation>IP 地址来源</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>SNMP Community String</source>
        <translation>SNMP 团体字符串</translation>
    </message>
    <message>
        <source>IP Header</source>
        <translation>IP 报头</translation>
    </message>
    <message>
        <source>BMC ARP Control</source>
        <translation>BMC ARP 控制</translation>
    </message>
    <message>
        <source>ARP Responses %1, Gratuitous ARP %2</source>
        <translation>ARP 响应%1，免费 ARP %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Gratituous ARP Intrvl</source>
        <translation>免费 ARP 间隔</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Default Gateway IP</source>
        <translation>默认网关 IP</translation>
    </message>
    <message>
        <source>Default Gateway MAC</source>
        <translation>默认网关 MAC</translation>
    </message>
    <message>
        <source>Backup Gateway IP</source>
        <translation>备用网关 IP</translation>
    </message>
    <message>
        <source>Backup Gateway MAC</source>
        <translation>备用网关 MAC</translation>
    </message>
    <message>
        <source>802.1q VLAN ID</source>
        <translation>802.1q VLAN ID</translation>
    </message>
    <message>
        <source>802.1q VLAN Priority</source>
        <translation>802.1q VLAN 优先级</translation>
    </message>
    <message>
        <source>RMCP+ Cipher Suites</source>
        <translation>RMCP+ 加密套件</translation>
    </message>
    <message>
        <source>Cipher Suite Priv Max</source>
        <translation>加密套件最高权限</translation>
    </message>
    <message>
        <source>Bad Password Threshold</source>
        <translation>错误密码阈值</translation>
    </message>
    <message>
        <source>Invalid password disable</source>
        <translation>无效密码禁用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Attempt Count Reset Int.</source>
        <translation>尝试计数重置间隔</translation>
    </message>
    <message>
        <source>User Lockout Interval</source>
        <translation>用户锁定间隔</translation>
    </message>
    <message>
        <source>Not Available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Get LAN Configuration Parameters failed for every parameter of channel %1: this BMC does not support LAN configuration on that channel.</source>
        <translation>通道 %1 的所有参数的“获取 LAN 配置参数”命令均失败：此 BMC 不支持该通道上的 LAN 配置。</translation>
    </message>
    <message>
        <source>Set Channel Access for channel %1 was successful.
</source>
        <translation>通道 %1 的通道访问设置成功。
</translation>
    </message>
    <message>
        <source>--verify-timeout takes 1-3600 seconds.</source>
        <translation>--verify-timeout 的取值为 1-3600 秒。</translation>
    </message>
    <message>
        <source>--verify-timeout goes with --verify.</source>
        <translation>--verify-timeout 需要与 --verify 一起使用。</translation>
    </message>
    <message>
        <source>Give a parameter and its value.</source>
        <translation>请指定参数及其值。</translation>
    </message>
    <message>
        <source>ipsrc takes static, dhcp, bios or none.</source>
        <translation>ipsrc 只接受 static、dhcp、bios 或 none。</translation>
    </message>
    <message>
        <source>Setting LAN IP Address to %1
</source>
        <translation>正在将 LAN IP 地址设为 %1
</translation>
    </message>
    <message>
        <source>Setting LAN Subnet Mask to %1
</source>
        <translation>正在将 LAN 子网掩码设为 %1
</translation>
    </message>
    <message>
        <source>Setting LAN Backup Gateway IP to %1
</source>
        <translation>正在将 LAN 备用网关 IP 设为 %1
</translation>
    </message>
    <message>
        <source>Setting LAN Default Gateway IP to %1
</source>
        <translation>正在将 LAN 默认网关 IP 设为 %1
</translation>
    </message>
    <message>
        <source>Setting LAN Backup Gateway MAC to %1
</source>
        <translation>正在将 LAN 备用网关 MAC 设为 %1
</translation>
    </message>
    <message>
        <source>Setting LAN Default Gateway MAC to %1
</source>
        <translation>正在将 LAN 默认网关 MAC 设为 %1
</translation>
    </message>
    <message>
        <source>%1 takes ipaddr &lt;address&gt; or macaddr &lt;address&gt;.</source>
        <translation>%1 只接受 ipaddr &lt;地址&gt; 或 macaddr &lt;地址&gt;。</translation>
    </message>
    <message>
        <source>The VLAN ID is 1-4094, or off.</source>
        <translation>VLAN ID 的取值为 1-4094，或 off。</translation>
    </message>
    <message>
        <source>The VLAN priority is 0-7.</source>
        <translation>VLAN 优先级的取值为 0-7。</translation>
    </message>
    <message>
        <source>vlan takes id &lt;off|1-4094&gt; or priority &lt;0-7&gt;.</source>
        <translation>vlan 只接受 id &lt;off|1-4094&gt; 或 priority &lt;0-7&gt;。</translation>
    </message>
    <message>
        <source>access takes on or off.</source>
        <translation>access 只接受 on 或 off。</translation>
    </message>
    <message>
        <source>Unknown or incomplete setting &quot;%1&quot;.</source>
        <translation>未知或不完整的设置“%1”。</translation>
    </message>
    <message>
        <source>--verify needs a LAN session (-H host); nothing was changed.</source>
        <translation>--verify 需要 LAN 会话（-H 主机）；未做任何更改。</translation>
    </message>
    <message>
        <source>Channel %1 is not a LAN channel.</source>
        <translation>通道 %1 不是 LAN 通道。</translation>
    </message>
    <message>
        <source>Alert destination %1: %2</source>
        <translation>告警目标 %1：%2</translation>
    </message>
    <message>
        <source>The BMC accepted the alert destination change, but reading it back shows a different %1.</source>
        <translation>BMC 接受了告警目标的更改，但回读显示的 %1 不同。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (0-%3).</source>
        <translation>“%1”不是%2（0-%3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for %2.</source>
        <translation>“%1”不是 %2 的有效值。</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>a number of retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Unknown alert setting &quot;%1&quot;.</source>
        <translation>未知的告警设置“%1”。</translation>
    </message>
    <message>
        <source>Invalid alert destination &quot;%1&quot; (0-15).</source>
        <translation>无效的告警目标“%1”（0-15）。</translation>
    </message>
    <message>
        <source>the LAN alert destinations of a channel: where PEF alerts (SNMP traps) go</source>
        <translation>通道的 LAN 告警目标：PEF 告警（SNMP 陷阱）的发送地址</translation>
    </message>
    <message>
        <source>Give at most a channel and a destination.</source>
        <translation>最多只能指定一个通道和一个目标。</translation>
    </message>
    <message>
        <source>change one setting of a LAN alert destination, read back after the write</source>
        <translation>更改 LAN 告警目标的一项设置，写入后回读</translation>
    </message>
    <message>
        <source>Give a channel, a destination, a setting and its value.</source>
        <translation>请指定通道、目标、设置项及其值。</translation>
    </message>
</context>
<context>
    <name>LanConfigDialog</name>
    <message>
        <source>LAN configuration</source>
        <translation>LAN 配置</translation>
    </message>
    <message>
        <source>Address source</source>
        <translation>地址来源</translation>
    </message>
    <message>
        <source>&amp;Static</source>
        <translation>静态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;DHCP</source>
        <translation>DHCP(&amp;D)</translation>
    </message>
    <message>
        <source>IP &amp;address</source>
        <translation>IP 地址(&amp;A)</translation>
    </message>
    <message>
        <source>Subnet &amp;mask</source>
        <translation>子网掩码(&amp;M)</translation>
    </message>
    <message>
        <source>Default &amp;gateway</source>
        <translation>默认网关(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;VLAN tagging</source>
        <translation>VLAN 标记(&amp;V)</translation>
    </message>
    <message>
        <source>ID </source>
        <translation>ID </translation>
    </message>
    <message>
        <source>The IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>The subnet mask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>The default gateway</source>
        <translation>默认网关</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an IPv4 address such as 192.168.0.10.</source>
        <translation>%1“%2”不是形如 192.168.0.10 的 IPv4 地址。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>&amp;Keep the new address even if this computer cannot reach it</source>
        <translation>即使本机无法访问也保留新地址(&amp;K)</translation>
    </message>
    <message>
        <source>Under DHCP the BMC takes an address from a DHCP server, which BMC Pilot cannot know in advance: you may lose contact with it until you find its new address.</source>
        <translation>使用 DHCP 时，BMC 从 DHCP 服务器获取地址，BMC Pilot 无法预先知道该地址：在找到其新地址之前，您可能与它失去联系。</translation>
    </message>
    <message numerus="yes">
        <source>BMC Pilot reaches this BMC at %1. After Apply it logs in at the new address; if that does not answer within %n second(s), the previous settings are written back.</source>
        <translation>
            <numerusform>BMC Pilot 当前通过 %1 访问此 BMC。应用后将在新地址登录；如果新地址在 %n 秒内没有应答，将写回之前的设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new address is kept without a check; the server entry moves to it even if this computer cannot reach it.</source>
        <translation>新地址将不经检查直接保留；即使本机无法访问，服务器条目也会改用该地址。</translation>
    </message>
</context>
<context>
    <name>LanConfigModel</name>
    <message>
        <source>none enabled</source>
        <translation>均未启用</translation>
    </message>
    <message>
        <source>Address (channel %1)</source>
        <translation>地址（通道 %1）</translation>
    </message>
    <message>
        <source>IP address source</source>
        <translation>IP 地址来源</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Subnet mask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>默认网关</translation>
    </message>
    <message>
        <source>Backup gateway</source>
        <translation>备用网关</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Default gateway MAC</source>
        <translation>默认网关 MAC</translation>
    </message>
    <message>
        <source>Backup gateway MAC</source>
        <translation>备用网关 MAC</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>VLAN priority</source>
        <translation>VLAN 优先级</translation>
    </message>
    <message>
        <source>RMCP+ cipher suites</source>
        <translation>RMCP+ 加密套件</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Suite %1</source>
        <translation>套件 %1</translation>
    </message>
    <message>
        <source>IPMI 1.5 authentication types</source>
        <translation>IPMI 1.5 认证类型</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回调</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
</context>
<context>
    <name>LocalClient</name>
    <message>
        <source>Serial-over-LAN is not available through this machine&apos;s local interface (/dev/ipmi0): it needs an IPMI 2.0 (lanplus) session to the BMC over the network.</source>
        <translation>无法通过本机的本地接口（/dev/ipmi0）使用 SOL（Serial-over-LAN）：它需要经网络与 BMC 建立 IPMI 2.0（lanplus）会话。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BMC Pilot</source>
        <translation>BMC Pilot</translation>
    </message>
    <message>
        <source>Search servers (name, address)</source>
        <translation>搜索服务器（名称、地址）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About BMC Pilot</source>
        <translation>关于 BMC Pilot(&amp;A)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Remove %1 from the server list? The BMCs themselves are not changed.</source>
        <translation>要将 %1 从服务器列表中移除吗？BMC 本身不会被更改。</translation>
    </message>
    <message>
        <source>About BMC Pilot</source>
        <translation>关于 BMC Pilot</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BMC Pilot %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Manage server BMCs over IPMI.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BMC Pilot %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过 IPMI 管理服务器 BMC。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>添加组(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Discover BMCs…</source>
        <translation>发现 BMC(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>资产清单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加组</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>组名：</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>重命名组</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>编辑服务器</translation>
    </message>
    <message>
        <source>&amp;Fleet operation…</source>
        <translation>批量操作(&amp;F)…</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Serial &amp;console…</source>
        <translation>串口控制台(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>安全审计</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <source>Serial-over-LAN needs IPMI 2.0 (lanplus); %1 is set up for another interface.</source>
        <translation>串口重定向（SOL）需要 IPMI 2.0（lanplus）；%1 配置的是其他接口。</translation>
    </message>
    <message>
        <source>%1 — serial console</source>
        <translation>%1 — 串口控制台</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>&amp;History source…</source>
        <translation>历史数据来源(&amp;H)…</translation>
    </message>
    <message>
        <source>Where the History page reads the selected group&apos;s sensor history from: this computer or a Prometheus server</source>
        <translation>“历史”页面从何处读取所选分组的传感器历史：本机或 Prometheus 服务器</translation>
    </message>
</context>
<context>
    <name>McCommands</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Sent cold reset command to MC
</source>
        <translation>已向 MC 发送冷复位命令
</translation>
    </message>
    <message>
        <source>Sent warm reset command to MC
</source>
        <translation>已向 MC 发送热复位命令
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Device Revision</source>
        <translation>设备修订版本</translation>
    </message>
    <message>
        <source>Firmware Revision</source>
        <translation>固件版本</translation>
    </message>
    <message>
        <source>IPMI Version</source>
        <translation>IPMI 版本</translation>
    </message>
    <message>
        <source>Manufacturer ID</source>
        <translation>制造商 ID</translation>
    </message>
    <message>
        <source>Manufacturer Name</source>
        <translation>制造商名称</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Product Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Unknown (0x%1)</source>
        <translation>未知（0x%1）</translation>
    </message>
    <message>
        <source>Device Available</source>
        <translation>设备可用</translation>
    </message>
    <message>
        <source>Provides Device SDRs</source>
        <translation>提供设备 SDR</translation>
    </message>
    <message>
        <source>Additional Device Support</source>
        <translation>附加设备支持</translation>
    </message>
    <message>
        <source>Aux Firmware Rev Info</source>
        <translation>辅助固件版本信息</translation>
    </message>
    <message>
        <source>System GUID</source>
        <translation>系统 GUID</translation>
    </message>
    <message>
        <source>GUID Encoding</source>
        <translation>GUID 编码</translation>
    </message>
    <message>
        <source>GUID Version</source>
        <translation>GUID 版本</translation>
    </message>
    <message>
        <source>BMC identity: firmware, IPMI version, manufacturer, product, GUID</source>
        <translation>BMC 标识信息：固件、IPMI 版本、制造商、产品、GUID</translation>
    </message>
    <message>
        <source>the BMC&apos;s globally unique ID</source>
        <translation>BMC 的全局唯一标识符（GUID）</translation>
    </message>
    <message>
        <source>restart the BMC (not the host)</source>
        <translation>重启 BMC（而非主机）</translation>
    </message>
    <message>
        <source>Say which reset: warm or cold.</source>
        <translation>请指定复位方式：warm 或 cold。</translation>
    </message>
    <message>
        <source>Nothing to change.
</source>
        <translation>没有需要更改的内容。
</translation>
    </message>
    <message>
        <source>The BMC accepted Set BMC Global Enables, but reading them back gives %1h where %2h was written.</source>
        <translation>BMC 接受了 Set BMC Global Enables，但回读结果为 %1h，而写入的是 %2h。</translation>
    </message>
    <message>
        <source>Say which enables to change.</source>
        <translation>请指定要更改的启用项。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Say %1=on or %1=off.</source>
        <translation>请指定 %1=on 或 %1=off。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given both on and off.</source>
        <translation>“%1”同时被指定为 on 和 off。</translation>
    </message>
    <message>
        <source>IPMI Watchdog Timer Reset -  countdown restarted!
</source>
        <translation>IPMI 看门狗定时器已复位 - 倒计时已重新开始！
</translation>
    </message>
    <message>
        <source>The BMC accepted Set Watchdog Timer, but the timer still reads as %1 with action &quot;%2&quot;.</source>
        <translation>BMC 接受了 Set Watchdog Timer，但定时器仍显示为 %1，动作为“%2”。</translation>
    </message>
    <message>
        <source>Watchdog Timer Shutoff successful -- timer stopped
</source>
        <translation>看门狗定时器已成功关闭 -- 定时器已停止
</translation>
    </message>
    <message>
        <source>Say get, reset or off.</source>
        <translation>请指定 get、reset 或 off。</translation>
    </message>
    <message>
        <source>Unknown watchdog command &quot;%1&quot;.</source>
        <translation>未知的看门狗命令“%1”。</translation>
    </message>
    <message>
        <source>BMC global enables: message queue interrupt, event buffer, event logging, OEM</source>
        <translation>BMC 全局启用项：消息队列中断、事件缓冲区、事件日志记录、OEM</translation>
    </message>
    <message>
        <source>change BMC global enables, checked by reading them back</source>
        <translation>更改 BMC 全局启用项，并通过回读进行检查</translation>
    </message>
    <message>
        <source>the BMC watchdog timer: show it, restart its countdown, or stop it</source>
        <translation>BMC 看门狗定时器：显示、重新开始倒计时或停止</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>--web.listen-address &quot;%1&quot; is not [host]:port (e.g. :9290 or 127.0.0.1:9290).</source>
        <translation>--web.listen-address“%1”不是 [host]:port（例如 :9290 或 127.0.0.1:9290）。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>The target parameter is missing: /ipmi?target=host:port&amp;module=NAME.</source>
        <translation>缺少 target 参数：/ipmi?target=host:port&amp;module=NAME。</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Select a server to see its network settings.</source>
        <translation>请选择一台服务器以查看其网络设置。</translation>
    </message>
    <message>
        <source>LAN channel %1.</source>
        <translation>LAN 通道 %1。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a network change is running…</source>
        <translation>%1：网络更改正在进行……</translation>
    </message>
    <message>
        <source>LAN configuration of %1</source>
        <translation>%1 的 LAN 配置</translation>
    </message>
    <message>
        <source>Switch to DHCP</source>
        <translation>切换到 DHCP</translation>
    </message>
    <message>
        <source>Let %1 take its address from DHCP?</source>
        <translation>要让 %1 通过 DHCP 获取地址吗？</translation>
    </message>
    <message>
        <source>The BMC takes an address from a DHCP server, which BMC Pilot cannot know in advance. It may stop answering at %1 until you find its new address, for example in the DHCP server&apos;s leases or on the server&apos;s own console.</source>
        <translation>BMC 将从 DHCP 服务器获取地址，BMC Pilot 无法预先知道该地址。在您找到它的新地址之前（例如在 DHCP 服务器的租约列表中，或在服务器本机控制台上），它可能不再在 %1 应答。</translation>
    </message>
    <message>
        <source>its present address</source>
        <translation>其当前地址</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>A network change of this server is still running.</source>
        <translation>此服务器的网络更改仍在进行中。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>Writing the LAN configuration…</source>
        <translation>正在写入 LAN 配置……</translation>
    </message>
    <message>
        <source>The LAN configuration was written.</source>
        <translation>LAN 配置已写入。</translation>
    </message>
    <message>
        <source>%1 now uses the address %2; the host name %3 still leads to the old address until its DNS record is changed.</source>
        <translation>%1 现在使用地址 %2；在更改其 DNS 记录之前，主机名 %3 仍指向旧地址。</translation>
    </message>
    <message>
        <source>%1 now uses the address %2.</source>
        <translation>%1 现在使用地址 %2。</translation>
    </message>
    <message>
        <source>Reading the LAN configuration…</source>
        <translation>正在读取 LAN 配置……</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>Option -%1 needs a value.</source>
        <translation>选项 -%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option -%1. Try --help.</source>
        <translation>未知选项 -%1。请使用 --help 查看帮助。</translation>
    </message>
    <message>
        <source>Give the password one way only (%1 and %2 were both used).</source>
        <translation>只能以一种方式提供密码（同时使用了 %1 和 %2）。</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;; a port is a number from 1 to 65535.</source>
        <translation>无效的端口“%1”；端口应为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The user name is longer than %1 bytes, the IPMI limit.</source>
        <translation>用户名超过 %1 字节，即 IPMI 的长度上限。</translation>
    </message>
    <message>
        <source>-E was given but neither IPMI_PASSWORD nor IPMITOOL_PASSWORD is set.</source>
        <translation>指定了 -E，但 IPMI_PASSWORD 和 IPMITOOL_PASSWORD 均未设置。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>Invalid cipher suite &quot;%1&quot;; give its number, such as 3 or 17.</source>
        <translation>无效的加密套件“%1”；请给出其编号，例如 3 或 17。</translation>
    </message>
    <message>
        <source>Invalid privilege level &quot;%1&quot;; use USER, OPERATOR or ADMINISTRATOR.</source>
        <translation>无效的权限级别“%1”；请使用 USER、OPERATOR 或 ADMINISTRATOR。</translation>
    </message>
    <message>
        <source>The K_g key is longer than %1 bytes.</source>
        <translation>K_g 密钥超过 %1 字节。</translation>
    </message>
    <message>
        <source>-K was given but IPMI_KGKEY is not set.</source>
        <translation>指定了 -K，但未设置 IPMI_KGKEY。</translation>
    </message>
    <message>
        <source>-y expects the K_g key as up to 40 hexadecimal digits.</source>
        <translation>-y 要求以最多 40 位十六进制数字给出 K_g 密钥。</translation>
    </message>
    <message>
        <source>Invalid retry count &quot;%1&quot;; give a number from 0 to 100.</source>
        <translation>无效的重试次数“%1”；请给出 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>Invalid fanout &quot;%1&quot;; give a number from 1 to %2.</source>
        <translation>无效的并发数“%1”；请给出 1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown option --%1. Try --help.</source>
        <translation>未知选项 --%1。请使用 --help 查看帮助。</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes, the limit for %2.</source>
        <translation>密码超过 %1 字节，即 %2 的长度上限。</translation>
    </message>
    <message>
        <source>No BMC given: use -H host (or --demo to try the simulated lab).</source>
        <translation>未指定 BMC：请使用 -H 主机（或使用 --demo 试用模拟实验室）。</translation>
    </message>
    <message>
        <source>No command given. Try --help.</source>
        <translation>未指定命令。请使用 --help 查看帮助。</translation>
    </message>
    <message>
        <source>Interface &quot;%1&quot; is not supported; use lan, lanplus or open.</source>
        <translation>不支持接口“%1”；请使用 lan、lanplus 或 open。</translation>
    </message>
    <message>
        <source>-I open talks to the BMC of this machine; leave out -H.</source>
        <translation>-I open 用于访问本机的 BMC；请勿指定 -H。</translation>
    </message>
    <message>
        <source>Invalid timeout &quot;%1&quot;; give seconds from 0.05 to 3600.</source>
        <translation>无效的超时“%1”；请给出 0.05 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>Usage: bmcpilot-cli [options] &lt;command&gt; [arguments]

Options (as in ipmitool):
  -I lan|lanplus   IPMI 1.5 or 2.0 (RMCP+) session; default lanplus
  -I open          the local BMC through the OpenIPMI kernel driver
  -H &lt;hosts&gt;       BMC address: host, host:port, [v6addr]:port, a comma
                   list, ranges such as 10.0.0.[1-20] or node[01-10].lab
  -p &lt;port&gt;        UDP port for hosts given without one; default 623
  -U &lt;user&gt;        user name
  -P &lt;password&gt;    password (visible to other users; prefer -E or -f)
  -E               password from IPMITOOL_PASSWORD or IPMI_PASSWORD
  -f &lt;file&gt;        password from the first line of a file
  -C &lt;suite&gt;       RMCP+ cipher suite; default: 17, then 3 (never one without encryption)
  -L &lt;level&gt;       USER, OPERATOR or ADMINISTRATOR; default ADMINISTRATOR
  -k &lt;key&gt;         K_g key;  -y &lt;hex&gt; the same in hexadecimal;
  -K               K_g key from IPMI_KGKEY
  -N &lt;seconds&gt;     time to wait for an answer before retrying
  -R &lt;count&gt;       retries per request
  -v               tell more (repeat for more)
  -F &lt;count&gt;       BMCs handled at once; default 64
  --json           print one JSON document
  --forget-suite   forget the cipher suite learned for the hosts, negotiate again
  --allow-unauthenticated-messages
                   -I lan: believe a BMC that turns per-message authentication
                   off (anyone on the path can then forge its answers)
  --demo           start a simulated lab of BMCs to try commands on
  -h, --help       this help;  -V, --version  the version
</source>
        <translation>用法：bmcpilot-cli [选项] &lt;命令&gt; [参数]

选项（与 ipmitool 相同）：
  -I lan|lanplus   IPMI 1.5 或 2.0（RMCP+）会话；默认为 lanplus
  -I open          通过 OpenIPMI 内核驱动访问本机 BMC
  -H &lt;hosts&gt;       BMC 地址：主机、主机:端口、[IPv6 地址]:端口、以逗号
                   分隔的列表，或 10.0.0.[1-20]、node[01-10].lab 这样的范围
  -p &lt;port&gt;        用于未指定端口的主机的 UDP 端口；默认为 623
  -U &lt;user&gt;        用户名
  -P &lt;password&gt;    密码（其他用户可见；建议使用 -E 或 -f）
  -E               从 IPMITOOL_PASSWORD 或 IPMI_PASSWORD 读取密码
  -f &lt;file&gt;        从文件的第一行读取密码
  -C &lt;suite&gt;       RMCP+ 加密套件；默认先尝试 17，再尝试 3（从不自动选用不加密的套件）
  -L &lt;level&gt;       USER、OPERATOR 或 ADMINISTRATOR；默认为 ADMINISTRATOR
  -k &lt;key&gt;         K_g 密钥；-y &lt;hex&gt; 以十六进制给出 K_g 密钥
  -K               从 IPMI_KGKEY 读取 K_g 密钥
  -N &lt;seconds&gt;     重试前等待响应的时间
  -R &lt;count&gt;       每个请求的重试次数
  -v               输出更多信息（重复使用可输出更多）
  -F &lt;count&gt;       同时处理的 BMC 数量；默认为 64
  --json           输出一个 JSON 文档
  --forget-suite   忘记为这些主机记住的加密套件，重新协商
  --allow-unauthenticated-messages
                   -I lan：相信关闭逐条消息认证的 BMC
                   （路径上的任何人都能伪造它的应答）
  --demo           启动模拟 BMC 演示实验室，用于试用命令
  -h, --help       显示此帮助；-V, --version  显示版本
</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>IPMI version</source>
        <translation>IPMI 版本</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Chassis</source>
        <translation>机箱</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电源</translation>
    </message>
    <message>
        <source>Power restore policy</source>
        <translation>电源恢复策略</translation>
    </message>
    <message>
        <source>Last power event</source>
        <translation>上次电源事件</translation>
    </message>
    <message>
        <source>Last restart cause</source>
        <translation>上次重启原因</translation>
    </message>
    <message>
        <source>Chassis faults</source>
        <translation>机箱故障</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>电源控制</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Soft off</source>
        <translation>软关机</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>电源循环</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>未选择服务器</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1……</translation>
    </message>
    <message>
        <source>IPMI 2.0, cipher suite %1, %2</source>
        <translation>IPMI 2.0，加密套件 %1，%2</translation>
    </message>
    <message>
        <source>IPMI 1.5, %1</source>
        <translation>IPMI 1.5，%1</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（修订版本 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已开机</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>AC failed</source>
        <translation>交流断电</translation>
    </message>
    <message>
        <source>power overload</source>
        <translation>电源过载</translation>
    </message>
    <message>
        <source>interlock</source>
        <translation>电源联锁</translation>
    </message>
    <message>
        <source>power fault</source>
        <translation>电源故障</translation>
    </message>
    <message>
        <source>power on by command</source>
        <translation>通过命令开机</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>chassis intrusion</source>
        <translation>机箱入侵</translation>
    </message>
    <message>
        <source>front panel locked out</source>
        <translation>前面板已锁定</translation>
    </message>
    <message>
        <source>drive fault</source>
        <translation>驱动器故障</translation>
    </message>
    <message>
        <source>cooling or fan fault</source>
        <translation>散热或风扇故障</translation>
    </message>
    <message>
        <source>main power fault</source>
        <translation>主电源故障</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Power off %1 (%2)?</source>
        <translation>要将 %1（%2）关机吗？</translation>
    </message>
    <message>
        <source>The server loses power at once; its operating system is not shut down and unsaved work is lost.</source>
        <translation>服务器将立即断电；操作系统不会正常关闭，未保存的工作将会丢失。</translation>
    </message>
    <message>
        <source>Shut down %1 (%2)?</source>
        <translation>要将 %1（%2）软关机吗？</translation>
    </message>
    <message>
        <source>The BMC asks the operating system to shut down cleanly; the server then powers off.</source>
        <translation>BMC 将请求操作系统正常关闭，随后服务器关机。</translation>
    </message>
    <message>
        <source>Reset %1 (%2)?</source>
        <translation>要复位 %1（%2）吗？</translation>
    </message>
    <message>
        <source>The server restarts at once without shutting down its operating system.</source>
        <translation>服务器将立即重启，不会先关闭操作系统。</translation>
    </message>
    <message>
        <source>Power cycle %1 (%2)?</source>
        <translation>要对 %1（%2）执行电源循环吗？</translation>
    </message>
    <message>
        <source>The server is switched off and on again without shutting down its operating system.</source>
        <translation>服务器将关机后重新开机，不会先关闭操作系统。</translation>
    </message>
    <message>
        <source>Confirm power action</source>
        <translation>确认电源操作</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>是，执行</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在发送到 %1……</translation>
    </message>
    <message>
        <source>Sending a power command to %1…</source>
        <translation>正在向 %1 发送电源命令……</translation>
    </message>
    <message>
        <source>Local interface (OpenIPMI driver)</source>
        <translation>本地接口（OpenIPMI 驱动）</translation>
    </message>
    <message>
        <source>Power control is unavailable: %1</source>
        <translation>电源控制不可用：%1</translation>
    </message>
    <message>
        <source>Global enables</source>
        <translation>全局启用项</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>event logging</source>
        <translation>事件日志记录</translation>
    </message>
    <message>
        <source>event message buffer</source>
        <translation>事件消息缓冲区</translation>
    </message>
    <message>
        <source>receive queue interrupt</source>
        <translation>接收队列中断</translation>
    </message>
    <message>
        <source>buffer full interrupt</source>
        <translation>缓冲区满中断</translation>
    </message>
    <message>
        <source>running: %1 after %2 s</source>
        <translation>运行中：%2 秒后执行%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>存储格式</translation>
    </message>
    <message>
        <source>&amp;16 bytes (IPMI 1.5 and 2.0)</source>
        <translation>16 字节（IPMI 1.5 和 2.0）(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;20 bytes (IPMI 2.0)</source>
        <translation>20 字节（IPMI 2.0）(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Test password</source>
        <translation>测试密码(&amp;T)</translation>
    </message>
    <message>
        <source>Set the password of user %1</source>
        <translation>设置用户 %1 的密码</translation>
    </message>
    <message>
        <source>Asking the BMC…</source>
        <translation>正在询问 BMC……</translation>
    </message>
    <message numerus="yes">
        <source>IPMI 2.0 BMCs accept 20 bytes; a password longer than 16 needs the 20-byte form; IPMI 1.5 logins use the 16-byte form only, so keep 16 bytes or fewer while IPMI 1.5 is enabled. On IPMI 2.0, longer passwords resist offline guessing of the RAKP hash better. This one has %n byte(s).</source>
        <translation>
            <numerusform>IPMI 2.0 BMC 接受 20 字节的密码；超过 16 字节的密码需要使用 20 字节格式；IPMI 1.5 登录仅使用 16 字节格式，因此在启用 IPMI 1.5 期间请将密码保持在 16 字节以内。在 IPMI 2.0 上，较长的密码更能抵御对 RAKP 哈希的离线猜测。当前密码为 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The password has %1 bytes; IPMI allows at most 20.</source>
        <translation>密码为 %1 字节；IPMI 最多允许 20 字节。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>BMC Pilot logs in to %1 with this account. Once the BMC accepts the new password, BMC Pilot stores it and uses it for every later login.</source>
        <translation>BMC Pilot 使用此账户登录 %1。BMC 接受新密码后，BMC Pilot 会保存该密码，并在之后的每次登录中使用它。</translation>
    </message>
</context>
<context>
    <name>PefCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>%1 entry %2: %3</source>
        <translation>%1 条目 %2：%3</translation>
    </message>
    <message>
        <source>PEF version, table sizes, GUID and supported actions</source>
        <translation>PEF 版本、表大小、GUID 和支持的动作</translation>
    </message>
    <message>
        <source>PEF on or off, enabled actions, last processed events</source>
        <translation>PEF 开关状态、已启用的动作、最近处理的事件</translation>
    </message>
    <message>
        <source>the event filter table: what each filter matches and does</source>
        <translation>事件过滤器表：每个过滤器匹配的内容和执行的动作</translation>
    </message>
    <message>
        <source>the alert policy table: where each policy set sends alerts</source>
        <translation>告警策略表：每个策略集将告警发送到哪里</translation>
    </message>
    <message>
        <source>PEF %1 ID %2 out of range. Valid range is (1..%3).</source>
        <translation>PEF %1 ID %2 超出范围。有效范围为（1..%3）。</translation>
    </message>
    <message>
        <source>enable one event filter, read back after the write</source>
        <translation>启用一个事件过滤器，写入后回读</translation>
    </message>
    <message>
        <source>disable one event filter, read back after the write</source>
        <translation>禁用一个事件过滤器，写入后回读</translation>
    </message>
    <message>
        <source>enable one alert policy entry, read back after the write</source>
        <translation>启用一个告警策略条目，写入后回读</translation>
    </message>
    <message>
        <source>disable one alert policy entry, read back after the write</source>
        <translation>禁用一个告警策略条目，写入后回读</translation>
    </message>
    <message>
        <source>Give one entry number (1-127).</source>
        <translation>请指定一个条目编号（1-127）。</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>Sensors: %1</source>
        <translation>传感器：%1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Keep every sample for</source>
        <translation>原始采样保留时长</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep 5-minute min/avg/max for</source>
        <translation>5 分钟最小/平均/最大值保留时长</translation>
    </message>
    <message>
        <source>Defaults for new servers</source>
        <translation>新服务器的默认设置</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Password vault</source>
        <translation>密码库</translation>
    </message>
    <message>
        <source>Change master password…</source>
        <translation>更改主密码…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language applies when BMC Pilot is started again.</source>
        <translation>新语言将在重新启动 BMC Pilot 后生效。</translation>
    </message>
    <message>
        <source>The master password was changed.</source>
        <translation>主密码已更改。</translation>
    </message>
    <message>
        <source>The demo lab keeps no passwords.</source>
        <translation>演示实验室不保存密码。</translation>
    </message>
    <message>
        <source>Passwords are kept in the desktop keychain.</source>
        <translation>密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Passwords are kept in an encrypted file.</source>
        <translation>密码保存在加密文件中。</translation>
    </message>
    <message>
        <source>The encrypted password file is locked.</source>
        <translation>加密的密码文件已锁定。</translation>
    </message>
</context>
<context>
    <name>PresenceScanner</name>
    <message>
        <source>Cannot open a UDP socket for the sweep: %1</source>
        <translation>无法为扫描打开 UDP 套接字：%1</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Could not turn off core dumps.</source>
        <translation>无法关闭核心转储。</translation>
    </message>
    <message>
        <source>Could not keep other processes out of this one&apos;s memory.</source>
        <translation>无法阻止其他进程读取本进程的内存。</translation>
    </message>
    <message>
        <source>Could not make %1 private.</source>
        <translation>无法将 %1 设为仅本人可访问。</translation>
    </message>
</context>
<context>
    <name>PrometheusHistorySource</name>
    <message>
        <source>The server of sensor %1 is no longer in the server list.</source>
        <translation>传感器 %1 所属的服务器已不在服务器列表中。</translation>
    </message>
</context>
<context>
    <name>PrometheusQuery</name>
    <message>
        <source>Prometheus refused the query: %1 (%2).</source>
        <translation>Prometheus 拒绝了查询：%1（%2）。</translation>
    </message>
    <message>
        <source>The answer is not Prometheus&apos;s HTTP API (not a JSON object: %1).</source>
        <translation>应答不是 Prometheus 的 HTTP API（不是 JSON 对象：%1）。</translation>
    </message>
    <message>
        <source>The answer is not Prometheus&apos;s HTTP API (no status).</source>
        <translation>应答不是 Prometheus 的 HTTP API（没有 status）。</translation>
    </message>
    <message>
        <source>No Prometheus address is set: enter one such as http://prometheus.example:9090.</source>
        <translation>未设置 Prometheus 地址：请输入例如 http://prometheus.example:9090 的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Prometheus address: use http:// or https:// followed by the host name and port, such as http://prometheus.example:9090.</source>
        <translation>“%1”不是 Prometheus 地址：请使用 http:// 或 https:// 加主机名和端口，例如 http://prometheus.example:9090。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Prometheus address: leave out the part after &quot;?&quot; or &quot;#&quot;.</source>
        <translation>“%1”不是 Prometheus 地址：请去掉“?”或“#”之后的部分。</translation>
    </message>
    <message>
        <source>Prometheus answered a range query with &quot;%1&quot; instead of a matrix.</source>
        <translation>Prometheus 对范围查询的应答是“%1”，而不是矩阵。</translation>
    </message>
    <message>
        <source>Prometheus sent a sample that is not a time and a value.</source>
        <translation>Prometheus 发送的样本不是时间和数值。</translation>
    </message>
    <message>
        <source>The answer is not Prometheus&apos;s HTTP API (data is not a list).</source>
        <translation>应答不是 Prometheus 的 HTTP API（data 不是列表）。</translation>
    </message>
    <message>
        <source>Prometheus has no series for sensor %1 of server %2; is bmcpilotd or the ipmi_exporter scraping it?</source>
        <translation>Prometheus 中没有服务器 %2 的传感器 %1 的序列；bmcpilotd 或 ipmi_exporter 是否在采集它？</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Install the certificate of the authority that signed it on this computer, or use an address the certificate names.</source>
        <translation>%1 的 TLS 证书不受信任：%2。请在本机安装签发它的证书颁发机构的证书，或使用证书中列出的地址。</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the credentials (HTTP 401): check the user name and password or the token in the history source of this group.</source>
        <translation>位于 %1 的 Prometheus 拒绝了凭据（HTTP 401）：请检查此分组历史数据来源中的用户名和密码或令牌。</translation>
    </message>
    <message>
        <source>Prometheus at %1 does not let these credentials read data (HTTP 403).</source>
        <translation>位于 %1 的 Prometheus 不允许这些凭据读取数据（HTTP 403）。</translation>
    </message>
    <message>
        <source>There is no Prometheus API at %1 (HTTP 404): check the address, including a path prefix if Prometheus runs under one.</source>
        <translation>%1 处没有 Prometheus API（HTTP 404）：请检查地址，如果 Prometheus 运行在路径前缀下，也请包含该前缀。</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2.</source>
        <translation>位于 %1 的 Prometheus 应答了 HTTP %2。</translation>
    </message>
    <message>
        <source>Prometheus at %1 cannot be reached: the connection was refused (is it running, on that port?).</source>
        <translation>无法连接位于 %1 的 Prometheus：连接被拒绝（它是否在该端口上运行？）。</translation>
    </message>
    <message>
        <source>Prometheus at %1 cannot be reached: the host name is unknown.</source>
        <translation>无法连接位于 %1 的 Prometheus：主机名未知。</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer in time.</source>
        <translation>位于 %1 的 Prometheus 未及时应答。</translation>
    </message>
    <message>
        <source>Prometheus at %1 cannot be reached: %2.</source>
        <translation>无法连接位于 %1 的 Prometheus：%2。</translation>
    </message>
</context>
<context>
    <name>PropertyTreeModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>RawCommands</name>
    <message>
        <source>Give at least a network function and a command.</source>
        <translation>请至少指定网络功能码（NetFn）和命令。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a byte (0-255).</source>
        <translation>“%1”不是字节值（0-255）。</translation>
    </message>
    <message>
        <source>Network function 0x%1 is not a request; requests use even values up to 0x3e.</source>
        <translation>网络功能码 0x%1 不是请求；请求应使用不大于 0x3e 的偶数值。</translation>
    </message>
    <message>
        <source>send any IPMI request and print the answer&apos;s data bytes</source>
        <translation>发送任意 IPMI 请求并输出响应的数据字节</translation>
    </message>
</context>
<context>
    <name>RegistryCodec</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>文档不是 JSON 对象</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation>应为正整数</translation>
    </message>
    <message>
        <source>the file has format version %1, but this BMC Pilot reads only up to version %2; it was written by a newer release</source>
        <translation>文件格式版本为 %1，但此版本的 BMC Pilot 最高只能读取版本 %2；该文件由更新的版本写入</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected &quot;group&quot; or &quot;server&quot;</source>
        <translation>应为“group”或“server”</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>应为 UUID</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer from 1 to 65535</source>
        <translation>应为 1 到 65535 之间的整数</translation>
    </message>
    <message>
        <source>expected &quot;lan&quot;, &quot;lanplus&quot; or &quot;open&quot;</source>
        <translation>应为“lan”、“lanplus”或“open”</translation>
    </message>
    <message>
        <source>expected &quot;user&quot;, &quot;operator&quot; or &quot;administrator&quot;</source>
        <translation>应为“user”、“operator”或“administrator”</translation>
    </message>
    <message>
        <source>expected null (automatic) or a suite number</source>
        <translation>应为 null（自动）或加密套件编号</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
</context>
<context>
    <name>RegistryFile</name>
    <message>
        <source>it could not be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>The server list %1 was not loaded: %2. It was left unchanged, and changes will not be saved over it.</source>
        <translation>未加载服务器列表 %1：%2。该文件保持不变，所做的更改也不会覆盖该文件。</translation>
    </message>
    <message>
        <source>The server list %1 is damaged (%2) and could not be renamed; it was left in place and changes will not be saved over it.</source>
        <translation>服务器列表 %1 已损坏（%2），且无法重命名；该文件保留在原处，所做的更改不会覆盖该文件。</translation>
    </message>
    <message>
        <source>The server list %1 is damaged (%2). It was kept as %3 and an empty list was started.</source>
        <translation>服务器列表 %1 已损坏（%2）。原文件已保留为 %3，并已新建一个空列表。</translation>
    </message>
    <message>
        <source>The server list %1 is not saved: the file on disk could not be loaded and is protected from being overwritten.</source>
        <translation>服务器列表 %1 未保存：磁盘上的文件无法加载，已受保护以免被覆盖。</translation>
    </message>
    <message>
        <source>The server list could not be saved to %1: %2</source>
        <translation>无法将服务器列表保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>RMCP+ cipher suite %1</source>
        <translation>RMCP+ 加密套件 %1</translation>
    </message>
    <message>
        <source>IPMI 1.5 auth type %1</source>
        <translation>IPMI 1.5 认证类型 %1</translation>
    </message>
    <message>
        <source>session open: %1, privilege %2%3
</source>
        <translation>会话已打开：%1，权限 %2%3
</translation>
    </message>
</context>
<context>
    <name>SafeLanChangeDriver</name>
    <message>
        <source>Writing the new settings to %1</source>
        <translation>正在将新设置写入 %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer: %2 s</source>
        <translation>正在等待 %1 响应：%2 秒</translation>
    </message>
    <message>
        <source>%1 did not answer; reconnecting at %2</source>
        <translation>%1 未响应；正在重新连接到 %2</translation>
    </message>
    <message>
        <source>Restoring the previous settings at %1</source>
        <translation>正在 %1 上恢复先前的设置</translation>
    </message>
    <message>
        <source>A verified change needs a LAN session; nothing was changed.</source>
        <translation>经验证的更改需要 LAN 会话；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SdrCacheStore</name>
    <message>
        <source>SDR cache for %1 was corrupt and has been discarded (%2); reading the repository again.</source>
        <translation>%1 的 SDR 缓存已损坏，已被丢弃（%2）；正在重新读取 SDR 存储库。</translation>
    </message>
    <message>
        <source>SDR cache key &quot;%1&quot; has no usable characters.</source>
        <translation>SDR 缓存键“%1”中没有可用的字符。</translation>
    </message>
    <message>
        <source>Cannot create the SDR cache directory %1.</source>
        <translation>无法创建 SDR 缓存目录 %1。</translation>
    </message>
</context>
<context>
    <name>SdrCommands</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Dumping Sensor Data Repository to &apos;%1&apos;
</source>
        <translation>正在将传感器数据存储库（SDR）转储到“%1”
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>SDR Version</source>
        <translation>SDR 版本</translation>
    </message>
    <message>
        <source>Record Count</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Free Space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <source>Most recent Addition</source>
        <translation>最近添加时间</translation>
    </message>
    <message>
        <source>Most recent Erase</source>
        <translation>最近擦除时间</translation>
    </message>
    <message>
        <source>SDR overflow</source>
        <translation>SDR 溢出</translation>
    </message>
    <message>
        <source>SDR Repository Update Support</source>
        <translation>SDR 存储库更新支持</translation>
    </message>
    <message>
        <source>Delete SDR supported</source>
        <translation>支持删除 SDR</translation>
    </message>
    <message>
        <source>Partial Add SDR supported</source>
        <translation>支持部分添加 SDR</translation>
    </message>
    <message>
        <source>Reserve SDR repository supported</source>
        <translation>支持预留 SDR 存储库</translation>
    </message>
    <message>
        <source>SDR Repository Alloc info supported</source>
        <translation>支持 SDR 存储库分配信息</translation>
    </message>
    <message>
        <source>the SDR repository&apos;s size, time stamps and features</source>
        <translation>SDR 存储库的大小、时间戳和功能</translation>
    </message>
    <message>
        <source>every sensor: name, reading, status</source>
        <translation>所有传感器：名称、读数、状态</translation>
    </message>
    <message>
        <source>every sensor with its number, entity and reading in words</source>
        <translation>所有传感器及其编号、实体和文字形式的读数</translation>
    </message>
    <message>
        <source>write the raw SDR records to a file</source>
        <translation>将原始 SDR 记录写入文件</translation>
    </message>
    <message>
        <source>Say which file to write.</source>
        <translation>请指定要写入的文件。</translation>
    </message>
</context>
<context>
    <name>SecurityAudit</name>
    <message>
        <source>An audit is already running.</source>
        <translation>审计已在运行。</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>正在尝试 %1……</translation>
    </message>
    <message>
        <source>Reading the security settings…</source>
        <translation>正在读取安全设置……</translation>
    </message>
    <message>
        <source>The server was removed.</source>
        <translation>该服务器已被移除。</translation>
    </message>
    <message>
        <source>Login probes (cipher suites without integrity, anonymous login, default passwords) and the length of the audit&apos;s own password were not checked: these checks need a LAN session, and the local interface logs in without one.</source>
        <translation>未检查登录探测（无完整性保护的加密套件、匿名登录、默认密码）以及审计自身所用密码的长度：这些检查需要 LAN 会话，而本地接口无需会话即可登录。</translation>
    </message>
    <message>
        <source>Looking for the LAN channel…</source>
        <translation>正在查找 LAN 通道……</translation>
    </message>
    <message>
        <source>The LAN channel was not found (%1); channel 1 was read.</source>
        <translation>未找到 LAN 通道（%1）；已读取通道 1。</translation>
    </message>
</context>
<context>
    <name>SelCommands</name>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Not Available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Unknown record type %1</source>
        <translation>未知的记录类型 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SEL record ID (0-65534, or 0x... in hex).</source>
        <translation>“%1”不是 SEL 记录 ID（0-65534，或以 0x... 表示的十六进制数）。</translation>
    </message>
    <message>
        <source>SEL has no entries</source>
        <translation>SEL 中没有记录</translation>
    </message>
    <message>
        <source>Clearing SEL.  Please allow a few seconds to erase.
</source>
        <translation>正在清除 SEL。擦除需要几秒钟，请稍候。
</translation>
    </message>
    <message>
        <source>Deleted entry %1
</source>
        <translation>已删除记录 %1
</translation>
    </message>
    <message>
        <source>Added a test event as SEL record %1: %2
</source>
        <translation>已添加测试事件，SEL 记录 ID 为 %1：%2
</translation>
    </message>
    <message>
        <source>Sent a test event: %1
</source>
        <translation>已发送测试事件：%1
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>SEL Information</source>
        <translation>SEL 信息</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Free Space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <source>%1 bytes </source>
        <translation>%1 字节 </translation>
    </message>
    <message>
        <source>Percent Used</source>
        <translation>已用百分比</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Last Add Time</source>
        <translation>最近添加时间</translation>
    </message>
    <message>
        <source>Last Del Time</source>
        <translation>最近删除时间</translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation>溢出</translation>
    </message>
    <message>
        <source>Supported Cmds</source>
        <translation>支持的命令</translation>
    </message>
    <message>
        <source>SEL Record ID</source>
        <translation>SEL 记录 ID</translation>
    </message>
    <message>
        <source> Record Type</source>
        <translation> 记录类型</translation>
    </message>
    <message>
        <source> Timestamp</source>
        <translation> 时间戳</translation>
    </message>
    <message>
        <source> Generator ID</source>
        <translation> 生成器 ID</translation>
    </message>
    <message>
        <source> EvM Revision</source>
        <translation> EvM 版本</translation>
    </message>
    <message>
        <source> Sensor Type</source>
        <translation> 传感器类型</translation>
    </message>
    <message>
        <source> Sensor Number</source>
        <translation> 传感器编号</translation>
    </message>
    <message>
        <source> Event Type</source>
        <translation> 事件类型</translation>
    </message>
    <message>
        <source> Event Direction</source>
        <translation> 事件方向</translation>
    </message>
    <message>
        <source>Deassertion Event</source>
        <translation>取消断言事件</translation>
    </message>
    <message>
        <source>Assertion Event</source>
        <translation>断言事件</translation>
    </message>
    <message>
        <source> Event Data (RAW)</source>
        <translation> 事件数据（原始）</translation>
    </message>
    <message>
        <source> Description</source>
        <translation> 描述</translation>
    </message>
    <message>
        <source> Detail</source>
        <translation> 详细信息</translation>
    </message>
    <message>
        <source> Data (RAW)</source>
        <translation> 数据（原始）</translation>
    </message>
    <message>
        <source>SEL size, free space, last add and erase times</source>
        <translation>SEL 大小、可用空间、最近添加和擦除时间</translation>
    </message>
    <message>
        <source>every SEL record, one line each</source>
        <translation>所有 SEL 记录，每条一行</translation>
    </message>
    <message>
        <source>the SEL with sensor names and threshold readings from the SDR</source>
        <translation>SEL 记录，附带来自 SDR 的传感器名称和阈值读数</translation>
    </message>
    <message>
        <source>one SEL record in detail</source>
        <translation>单条 SEL 记录的详细信息</translation>
    </message>
    <message>
        <source>Give one record ID.</source>
        <translation>请指定一个记录 ID。</translation>
    </message>
    <message>
        <source>erase the whole SEL</source>
        <translation>擦除整个 SEL</translation>
    </message>
    <message>
        <source>the SEL clock</source>
        <translation>SEL 时钟</translation>
    </message>
    <message>
        <source>send a test platform event (temperature 0x30, upper critical going high)</source>
        <translation>发送一个测试平台事件（温度 0x30，高于严重上限）</translation>
    </message>
    <message>
        <source>delete SEL records by ID</source>
        <translation>按 ID 删除 SEL 记录</translation>
    </message>
    <message>
        <source>Give the IDs of the records to delete.</source>
        <translation>请指定要删除的记录 ID。</translation>
    </message>
</context>
<context>
    <name>SelMonitor</name>
    <message>
        <source>the server was removed</source>
        <translation>该服务器已被移除</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Deasserted</source>
        <translation>已取消断言</translation>
    </message>
    <message>
        <source>Asserted</source>
        <translation>已断言</translation>
    </message>
    <message>
        <source>Manufacturer %1, data %2</source>
        <translation>制造商 %1，数据 %2</translation>
    </message>
    <message>
        <source>Data %1</source>
        <translation>数据 %1</translation>
    </message>
    <message>
        <source>Unknown record type %1</source>
        <translation>未知的记录类型 %1</translation>
    </message>
    <message>
        <source>the server is gone</source>
        <translation>该服务器已不存在</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>SensorCommands</name>
    <message>
        <source>Invalid sensor command &quot;%1&quot;.</source>
        <translation>无效的传感器命令“%1”。</translation>
    </message>
    <message>
        <source>Sensor data record &quot;%1&quot; not found!</source>
        <translation>未找到传感器数据记录“%1”！</translation>
    </message>
    <message>
        <source>Name at least one sensor.</source>
        <translation>请至少指定一个传感器名称。</translation>
    </message>
    <message>
        <source>No sensor of that name was found.</source>
        <translation>未找到该名称的传感器。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No full sensor record named &quot;%1&quot; was found; only full threshold sensors have settable thresholds.</source>
        <translation>未找到名为“%1”的完整传感器记录；只有具有完整记录的阈值型传感器才能设置阈值。</translation>
    </message>
    <message>
        <source>Sensor &quot;%1&quot; is a discrete sensor; it has no thresholds.</source>
        <translation>传感器“%1”是离散型传感器，没有阈值。</translation>
    </message>
    <message>
        <source>%1 cannot be expressed as a reading of sensor &quot;%2&quot;.</source>
        <translation>%1 无法表示为传感器“%2”的读数。</translation>
    </message>
    <message>
        <source>Not enough arguments.</source>
        <translation>参数不足。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes three values.</source>
        <translation>“%1”需要三个值。</translation>
    </message>
    <message>
        <source>Given %1 &quot;%2&quot; is not a number.</source>
        <translation>给定的 %1“%2”不是数字。</translation>
    </message>
    <message>
        <source>Unknown threshold &quot;%1&quot;.</source>
        <translation>未知的阈值“%1”。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>Given %1 threshold value &quot;%2&quot; is not a number.</source>
        <translation>给定的 %1 阈值“%2”不是数字。</translation>
    </message>
    <message>
        <source>every sensor: reading, unit, status, thresholds</source>
        <translation>所有传感器：读数、单位、状态、阈值</translation>
    </message>
    <message>
        <source>the named sensors in detail</source>
        <translation>指定传感器的详细信息</translation>
    </message>
    <message>
        <source>set a threshold sensor&apos;s thresholds</source>
        <translation>设置阈值型传感器的阈值</translation>
    </message>
    <message>
        <source>Sensor &quot;%1&quot; does not allow setting its %2 threshold: the SDR&apos;s threshold-access mask lists as settable: %3. Nothing was sent; some BMCs under-report what is settable, and --force sends it anyway.</source>
        <translation>传感器“%1”不允许设置其 %2 阈值：SDR 的阈值访问掩码列出的可设置项为：%3。未发送任何请求；有些 BMC 少报了可设置的阈值，使用 --force 可强制发送。</translation>
    </message>
</context>
<context>
    <name>SensorTableModel</name>
    <message>
        <source>no reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <source>Critical (%1)</source>
        <translation>严重（%1）</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lower NR</source>
        <comment>lower non-recoverable threshold</comment>
        <translation>不可恢复下限</translation>
    </message>
    <message>
        <source>Lower C</source>
        <comment>lower critical threshold</comment>
        <translation>严重下限</translation>
    </message>
    <message>
        <source>Lower NC</source>
        <comment>lower non-critical threshold</comment>
        <translation>非严重下限</translation>
    </message>
    <message>
        <source>Upper NC</source>
        <comment>upper non-critical threshold</comment>
        <translation>非严重上限</translation>
    </message>
    <message>
        <source>Upper C</source>
        <comment>upper critical threshold</comment>
        <translation>严重上限</translation>
    </message>
    <message>
        <source>Upper NR</source>
        <comment>upper non-recoverable threshold</comment>
        <translation>不可恢复上限</translation>
    </message>
</context>
<context>
    <name>SensorsPage</name>
    <message>
        <source>Filter sensors by name</source>
        <translation>按名称筛选传感器</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅显示异常</translation>
    </message>
    <message>
        <source>Chart selected</source>
        <translation>为所选项绘图</translation>
    </message>
    <message>
        <source>Show the history of the selected sensors (or double-click a sensor)</source>
        <translation>显示所选传感器的历史数据（或双击某个传感器）</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Reading the sensor records: %1 of %2…</source>
        <translation>正在读取传感器记录：%1/%2……</translation>
    </message>
    <message>
        <source>Select a server to see its sensors.</source>
        <translation>请选择一台服务器以查看其传感器。</translation>
    </message>
    <message>
        <source>Waiting for the first sensor sweep…</source>
        <translation>正在等待首次传感器扫描……</translation>
    </message>
    <message>
        <source>No sensor readings: %1</source>
        <translation>没有传感器读数：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n sensor(s), updated %1</source>
        <translation>
            <numerusform>%n 个传感器，更新于 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 个需要关注</numerusform>
        </translation>
    </message>
    <message>
        <source>last sweep failed: %1</source>
        <translation>上次扫描失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n SDR warning(s): point here to read them</source>
        <translation>
            <numerusform>%n 条 SDR 警告：将鼠标指向此处查看</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerChoices</name>
    <message>
        <source>IPMI 2.0 (lanplus)</source>
        <translation>IPMI 2.0（lanplus）</translation>
    </message>
    <message>
        <source>IPMI 1.5 (lan)</source>
        <translation>IPMI 1.5（lan）</translation>
    </message>
    <message>
        <source>Suite %1</source>
        <translation>套件 %1</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Local (this machine&apos;s BMC)</source>
        <translation>本地（本机 BMC）</translation>
    </message>
    <message>
        <source>Suite 17 (SHA-256, encrypted)</source>
        <translation>套件 17（SHA-256，加密）</translation>
    </message>
    <message>
        <source>Suite 3 (SHA-1, encrypted)</source>
        <translation>套件 3（SHA-1，加密）</translation>
    </message>
    <message>
        <source>Suite %1 (not encrypted)</source>
        <translation>套件 %1（不加密）</translation>
    </message>
    <message>
        <source>Suite %1 (no integrity, not encrypted)</source>
        <translation>套件 %1（无完整性校验，不加密）</translation>
    </message>
    <message>
        <source>Automatic (17 or 3, encrypted)</source>
        <translation>自动（17 或 3，加密）</translation>
    </message>
    <message>
        <source>Without encryption: commands, passwords you set and the serial console cross the network in clear, and anyone on the path can read them.</source>
        <translation>不加密：命令、您设置的密码和串口控制台会以明文经过网络，路径上的任何人都能读取。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>web-01</source>
        <translation>web-01</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>K_g key</source>
        <translation>K_g 密钥</translation>
    </message>
    <message>
        <source>None (text, or hex after 0x)</source>
        <translation>无（文本，或以 0x 开头的十六进制）</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>以英文逗号（,）分隔</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Edit server %1</source>
        <translation>编辑服务器 %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>The K_g key after 0x must be an even number of hexadecimal digits.</source>
        <translation>0x 之后的 K_g 密钥必须是偶数位十六进制数字。</translation>
    </message>
    <message>
        <source>The password is %1 bytes long; %2 allows at most %3.</source>
        <translation>密码长度为 %1 字节；%2 最多允许 %3 字节。</translation>
    </message>
    <message>
        <source>A BMC user name has at most 16 bytes.</source>
        <translation>BMC 用户名最多 16 字节。</translation>
    </message>
    <message>
        <source>The K_g key has %1 bytes; at most %2 are allowed.</source>
        <translation>K_g 密钥长度为 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <source>A K_g key is only used by IPMI 2.0 (lanplus).</source>
        <translation>K_g 密钥仅用于 IPMI 2.0（lanplus）。</translation>
    </message>
    <message>
        <source>IPMI 2.0 passwords have up to 20 bytes. A BMC user set with a 16-byte password accepts at most 16 bytes.</source>
        <translation>IPMI 2.0 密码最多 20 字节。如果 BMC 用户设置的是 16 字节密码，则最多只接受 16 字节。</translation>
    </message>
    <message>
        <source>IPMI 1.5 passwords have up to 16 bytes.</source>
        <translation>IPMI 1.5 密码最多 16 字节。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Connected with IPMI 2.0, cipher suite %1, privilege %2.</source>
        <translation>已通过 IPMI 2.0 连接，加密套件 %1，权限 %2。</translation>
    </message>
    <message>
        <source>Connected with IPMI 1.5, privilege %1.</source>
        <translation>已通过 IPMI 1.5 连接，权限 %1。</translation>
    </message>
    <message>
        <source>Opening the local IPMI device…</source>
        <translation>正在打开本地 IPMI 设备……</translation>
    </message>
    <message>
        <source>The local IPMI device is open.</source>
        <translation>本地 IPMI 设备已打开。</translation>
    </message>
    <message>
        <source>Host name or IP address of the BMC, optionally with :port</source>
        <translation>BMC 的主机名或 IP 地址，可附带 :端口</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; does not resolve: %2.</source>
        <translation>无法解析地址“%1”：%2。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在解析 %1……</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 的地址是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has this address, port and user; this entry would be a second one for the same BMC login.</source>
        <translation>“%1”已使用此地址、端口和用户；此条目将是同一 BMC 登录的第二个条目。</translation>
    </message>
    <message>
        <source>The local interface talks to this machine&apos;s BMC through the kernel&apos;s IPMI driver: no address and no login. It needs the kernel modules ipmi_msghandler, ipmi_devintf and ipmi_si, and read and write access to the device (/dev/ipmi0). The bmcpilot package gives that access to the group ipmi: join it with &quot;sudo usermod -aG ipmi %1&quot;, then log out and in again.</source>
        <translation>本地接口通过内核的 IPMI 驱动访问本机的 BMC：无需地址，也无需登录。它需要内核模块 ipmi_msghandler、ipmi_devintf 和 ipmi_si，以及对设备（/dev/ipmi0）的读写权限。bmcpilot 软件包将该权限授予 ipmi 组：使用“sudo usermod -aG ipmi %1”加入该组，然后注销并重新登录。</translation>
    </message>
</context>
<context>
    <name>ServerEntry</name>
    <message>
        <source>The server has no name.</source>
        <translation>服务器没有名称。</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no address.</source>
        <translation>服务器“%1”没有地址。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation>地址“%1”包含空格。</translation>
    </message>
    <message>
        <source>Port 0 is not valid for server &quot;%1&quot;.</source>
        <translation>服务器“%1”的端口不能为 0。</translation>
    </message>
    <message>
        <source>Cipher suite %1 is not defined by IPMI 2.0 (0 to %2).</source>
        <translation>IPMI 2.0 未定义加密套件 %1（有效范围为 0 到 %2）。</translation>
    </message>
    <message>
        <source>A cipher suite can only be pinned on the lanplus interface.</source>
        <translation>只有 lanplus 接口才能固定加密套件。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is empty or contains &quot;;&quot;.</source>
        <translation>标签“%1”为空或包含“;”。</translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有标题行。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; is ignored.</source>
        <translation>已忽略未知列“%1”。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The header needs at least the columns name and address; expected: %1.</source>
        <translation>标题行至少需要 name 和 address 两列；可用的列：%1。</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2.</source>
        <translation>有 %1 个字段，但标题行有 %2 个。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The interface &quot;%1&quot; is not lan, lanplus or open.</source>
        <translation>接口“%1”不是 lan、lanplus 或 open。</translation>
    </message>
    <message>
        <source>The privilege &quot;%1&quot; is not user, operator or administrator.</source>
        <translation>权限“%1”不是 user、operator 或 administrator。</translation>
    </message>
    <message>
        <source>The cipher suite &quot;%1&quot; is neither &quot;auto&quot; nor a number.</source>
        <translation>加密套件“%1”既不是“auto”也不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens &quot;[&quot; without closing it.</source>
        <translation>“%1”中的“[”没有闭合。</translation>
    </message>
    <message>
        <source>Unexpected text after &quot;]&quot; in &quot;%1&quot;.</source>
        <translation>“%1”中的“]”之后有多余的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>“%1”不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; write IPv6 with a port as [address]:port.</source>
        <translation>“%1”不是有效的地址；带端口的 IPv6 地址请写成 [地址]:端口。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a range or pattern; only single hosts can be imported here.</source>
        <translation>“%1”看起来是范围或模式；此处只能导入单个主机。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>“%1”不是主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Only one host per line: &quot;%1&quot;.</source>
        <translation>每行只能有一个主机：“%1”。</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>No server is selected.</source>
        <translation>未选择服务器。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>A group needs a name.</source>
        <translation>组必须有名称。</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; contains &quot;/&quot;.</source>
        <translation>组名“%1”包含“/”。</translation>
    </message>
    <message>
        <source>No group or server has the id %1.</source>
        <translation>没有 ID 为 %1 的组或服务器。</translation>
    </message>
    <message>
        <source>%1 is a server, not a group.</source>
        <translation>%1 是服务器，不是组。</translation>
    </message>
    <message>
        <source>This level already has a group named &quot;%1&quot;.</source>
        <translation>此层级已存在名为“%1”的组。</translation>
    </message>
    <message>
        <source>The id %1 is already in use.</source>
        <translation>ID %1 已被使用。</translation>
    </message>
    <message>
        <source>No server has the id %1.</source>
        <translation>没有 ID 为 %1 的服务器。</translation>
    </message>
    <message>
        <source>The root group cannot be renamed.</source>
        <translation>无法重命名根组。</translation>
    </message>
    <message>
        <source>The root group cannot be removed.</source>
        <translation>无法移除根组。</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself or one of its subgroups.</source>
        <translation>不能将组移动到其自身或其子组中。</translation>
    </message>
    <message>
        <source>The target already has a group named &quot;%1&quot;.</source>
        <translation>目标位置已存在名为“%1”的组。</translation>
    </message>
</context>
<context>
    <name>ServerTreeModel</name>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>尚未轮询</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已开机</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>power unknown</source>
        <translation>电源状态未知</translation>
    </message>
    <message>
        <source>%1, sensors ok</source>
        <translation>%1，传感器正常</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1，警告</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1，严重</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Only a LAN session can open another session to the BMC.</source>
        <translation>只有 LAN 会话才能向该 BMC 打开另一个会话。</translation>
    </message>
    <message>
        <source>That session was closed already.</source>
        <translation>该会话已经关闭。</translation>
    </message>
</context>
<context>
    <name>Shard</name>
    <message>
        <source>--shard wants K/N with 1 &lt;= K &lt;= N &lt;= 1024 (e.g. 2/3), not &quot;%1&quot;.</source>
        <translation>--shard 需要满足 1 &lt;= K &lt;= N &lt;= 1024 的 K/N（例如 2/3），而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>SolClient</name>
    <message>
        <source>The BMC does not offer Serial-over-LAN on this channel.</source>
        <translation>BMC 在此通道上不提供 SOL（Serial-over-LAN）。</translation>
    </message>
    <message>
        <source>The session to the BMC was lost.</source>
        <translation>与 BMC 的会话已断开。</translation>
    </message>
    <message>
        <source>The BMC deactivated Serial-over-LAN.</source>
        <translation>BMC 已停用 SOL（Serial-over-LAN）。</translation>
    </message>
    <message>
        <source>The BMC stopped answering: %1</source>
        <translation>BMC 已停止响应：%1</translation>
    </message>
</context>
<context>
    <name>SolCommands</name>
    <message>
        <source>Info: SOL payload already de-activated
</source>
        <translation>信息：SOL 有效载荷已处于停用状态
</translation>
    </message>
    <message>
        <source>SOL payload already active on another session; take it over with &quot;sol activate takeover&quot; or end it with &quot;sol deactivate&quot;</source>
        <translation>SOL 有效载荷已在另一个会话中激活；可使用“sol activate takeover”接管，或使用“sol deactivate”结束该会话</translation>
    </message>
    <message>
        <source>[SOL Session operational.  Use ~? for help]
</source>
        <translation>[SOL 会话已就绪。输入 ~? 获取帮助]
</translation>
    </message>
    <message>
        <source><byte value="xd"/>
	Supported escape sequences:<byte value="xd"/>
	~.  - terminate connection<byte value="xd"/>
	~B  - send break<byte value="xd"/>
	~?  - this message<byte value="xd"/>
	~~  - send the escape character by typing it twice<byte value="xd"/>
	(Note that escapes are only recognized immediately after newline.)<byte value="xd"/>
</source>
        <translation><byte value="xd"/>
	支持的转义序列：<byte value="xd"/>
	~.  - 终止连接<byte value="xd"/>
	~B  - 发送中断信号（break）<byte value="xd"/>
	~?  - 显示此帮助<byte value="xd"/>
	~~  - 连续输入两次转义字符，以发送该字符本身<byte value="xd"/>
	（注意：只有紧跟在换行之后输入的转义序列才会被识别。）<byte value="xd"/>
</translation>
    </message>
    <message>
        <source>
[terminated bmcpilot-cli]
</source>
        <translation>
[bmcpilot-cli 已终止]
</translation>
    </message>
    <message>
        <source>Serial-over-LAN needs a network session (-I lanplus).</source>
        <translation>SOL（Serial-over-LAN）需要网络会话（-I lanplus）。</translation>
    </message>
    <message>
        <source>Serial-over-LAN configuration parameters</source>
        <translation>SOL（Serial-over-LAN）配置参数</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>connect to the host&apos;s serial console (~. ends, ~B sends a break, ~? lists escapes)</source>
        <translation>连接到主机的串口控制台（~. 结束，~B 发送中断信号，~? 列出转义序列）</translation>
    </message>
    <message>
        <source>end the Serial-over-LAN session, also one left by another client</source>
        <translation>结束 SOL 会话，包括其他客户端遗留的会话</translation>
    </message>
    <message>
        <source>the BMC does not support SOL parameter &quot;%1&quot; (80h); it shows as its default.</source>
        <translation>BMC 不支持 SOL 参数“%1”（80h）；显示为其默认值。</translation>
    </message>
    <message>
        <source>The BMC does not support SOL parameter &quot;%1&quot; (80h), which holds this setting. Nothing was changed.</source>
        <translation>BMC 不支持保存此设置的 SOL 参数“%1”（80h）。未做任何更改。</translation>
    </message>
    <message>
        <source>The BMC accepted the SOL change, but reading it back shows a different %1.</source>
        <translation>BMC 接受了 SOL 更改，但回读显示的 %1 不同。</translation>
    </message>
    <message>
        <source>Give a parameter, its value and optionally a channel.</source>
        <translation>请指定参数及其值，并可选指定通道。</translation>
    </message>
    <message>
        <source>Say %1 true or %1 false.</source>
        <translation>请指定 %1 true 或 %1 false。</translation>
    </message>
    <message>
        <source>Invalid privilege level &quot;%1&quot;.</source>
        <translation>无效的权限级别“%1”。</translation>
    </message>
    <message>
        <source>The character accumulate level is 1-255, in 5 ms increments.</source>
        <translation>字符累积间隔为 1-255，单位为 5 毫秒。</translation>
    </message>
    <message>
        <source>The character send threshold is 1-255.</source>
        <translation>字符发送阈值为 1-255。</translation>
    </message>
    <message>
        <source>The retry count is 0-7.</source>
        <translation>重试次数为 0-7。</translation>
    </message>
    <message>
        <source>The retry interval is 0-255, in 10 ms increments.</source>
        <translation>重试间隔为 0-255，单位为 10 毫秒。</translation>
    </message>
    <message>
        <source>Invalid bit rate &quot;%1&quot;.</source>
        <translation>无效的波特率“%1”。</translation>
    </message>
    <message>
        <source>Unknown SOL parameter &quot;%1&quot;; set in progress is managed by sol set itself.</source>
        <translation>未知的 SOL 参数“%1”；set in progress 由 sol set 自行管理。</translation>
    </message>
    <message>
        <source>change a Serial-over-LAN setting (e.g. enable SOL before activating it), checked by reading it back</source>
        <translation>更改 SOL（Serial-over-LAN）设置（例如在激活前启用 SOL），并通过回读进行检查</translation>
    </message>
</context>
<context>
    <name>SolConsole</name>
    <message>
        <source>Serial console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Activate Serial-over-LAN on the BMC</source>
        <translation>在 BMC 上激活 SOL（Serial-over-LAN）</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Deactivate Serial-over-LAN</source>
        <translation>停用 SOL（Serial-over-LAN）</translation>
    </message>
    <message>
        <source>Send &amp;break</source>
        <translation>发送中断信号(&amp;B)</translation>
    </message>
    <message>
        <source>Send a serial break to the host (SysRq on Linux)</source>
        <translation>向主机发送串口中断信号（在 Linux 上用于 SysRq）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Log to file…</source>
        <translation>记录到文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Write what the host sends to a file, each line with a timestamp</source>
        <translation>将主机发送的内容写入文件，每行附带时间戳</translation>
    </message>
    <message>
        <source>&amp;Reconnect automatically</source>
        <translation>自动重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Activate SOL again when the BMC ends it, e.g. while the host power-cycles</source>
        <translation>BMC 结束 SOL 时（例如主机电源循环期间）自动重新激活 SOL</translation>
    </message>
    <message>
        <source>Serial console — %1</source>
        <translation>串口控制台 — %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>The host sent a break</source>
        <translation>主机发送了中断信号</translation>
    </message>
    <message>
        <source>Log the console to</source>
        <translation>将控制台输出记录到</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开连接：%1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source> — trying again in %1 s</source>
        <translation> — %1 秒后重试</translation>
    </message>
    <message>
        <source>Serial-over-LAN is in use by another session on %1. Take it over? The other session loses its console.</source>
        <translation>%1 上的 SOL（Serial-over-LAN）正被另一个会话使用。要接管吗？另一个会话将失去其控制台。</translation>
    </message>
    <message>
        <source>Taking over…</source>
        <translation>正在接管……</translation>
    </message>
    <message>
        <source>Not connected: in use by another session</source>
        <translation>未连接：正被另一个会话使用</translation>
    </message>
    <message>
        <source>SOL &amp;settings…</source>
        <translation>SOL 设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Enable Serial-over-LAN on the channel and set its privilege and bit rate</source>
        <translation>在通道上启用 SOL（Serial-over-LAN），并设置其权限和波特率</translation>
    </message>
    <message>
        <source> — check the SOL settings</source>
        <translation> — 请检查 SOL 设置</translation>
    </message>
</context>
<context>
    <name>SolSettingsDialog</name>
    <message>
        <source>Serial-over-LAN settings</source>
        <translation>SOL（Serial-over-LAN）设置</translation>
    </message>
    <message>
        <source>A serial console can be activated only on a channel where Serial-over-LAN is enabled.</source>
        <translation>只有在启用了 SOL（Serial-over-LAN）的通道上才能激活串口控制台。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Privilege needed</source>
        <translation>所需权限</translation>
    </message>
    <message>
        <source>Bit rate (kbps)</source>
        <translation>波特率（kbps）</translation>
    </message>
    <message>
        <source>Serial-over-LAN &amp;enabled</source>
        <translation>启用 SOL（Serial-over-LAN）(&amp;E)</translation>
    </message>
    <message>
        <source>Force &amp;encryption</source>
        <translation>强制加密(&amp;E)</translation>
    </message>
    <message>
        <source>Force &amp;authentication</source>
        <translation>强制认证(&amp;A)</translation>
    </message>
    <message>
        <source>Reading the Serial-over-LAN settings…</source>
        <translation>正在读取 SOL（Serial-over-LAN）设置……</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
</context>
<context>
    <name>SolSettingsService</name>
    <message>
        <source>The BMC does not support SOL parameter &quot;%1&quot;, which holds this setting. Nothing was changed.</source>
        <translation>BMC 不支持保存此设置的 SOL 参数“%1”。未做任何更改。</translation>
    </message>
    <message>
        <source>The Serial-over-LAN settings of channel %1 were saved.</source>
        <translation>通道 %1 的 SOL（Serial-over-LAN）设置已保存。</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Password for user %1: </source>
        <translation>用户 %1 的密码： </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password size is 16 or 20, not &quot;%1&quot;.</source>
        <translation>密码长度应为 16 或 20，而不是“%1”。</translation>
    </message>
    <message>
        <source>Set Privilege Level command successful (user %1)
</source>
        <translation>设置权限级别命令成功（用户 %1）
</translation>
    </message>
    <message>
        <source>Give a user ID, optionally the password and its size.</source>
        <translation>请指定用户 ID，并可选指定密码及其长度。</translation>
    </message>
    <message>
        <source>Set User Password command successful (user %1)
</source>
        <translation>设置用户密码命令成功（用户 %1）
</translation>
    </message>
    <message>
        <source>Give a user ID, the size (16 or 20) and optionally the password.</source>
        <translation>请指定用户 ID、长度（16 或 20），并可选指定密码。</translation>
    </message>
    <message>
        <source>Success
</source>
        <translation>成功
</translation>
    </message>
    <message>
        <source>Give one user ID.</source>
        <translation>请指定一个用户 ID。</translation>
    </message>
    <message>
        <source>Give a user ID and a name.</source>
        <translation>请指定用户 ID 和名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID (1-63).</source>
        <translation>“%1”不是用户 ID（1-63）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a privilege level: 1 callback, 2 user, 3 operator, 4 administrator, 5 OEM, 15 no access.</source>
        <translation>“%1”不是权限级别：1 回调，2 用户，3 操作员，4 管理员，5 OEM，15 无访问权限。</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回调</translation>
    </message>
    <message>
        <source>call-in / callback</source>
        <translation>呼入 / 回调</translation>
    </message>
    <message>
        <source>maximum, enabled and fixed-name user counts</source>
        <translation>最大用户数、已启用用户数和固定名称用户数</translation>
    </message>
    <message>
        <source>every user of a channel: name, callin, link auth, IPMI messaging, privilege</source>
        <translation>通道的所有用户：名称、呼入、链路认证、IPMI 消息、权限</translation>
    </message>
    <message>
        <source>Give at most one channel.</source>
        <translation>最多只能指定一个通道。</translation>
    </message>
    <message>
        <source>name a user (at most 16 bytes; not user 1)</source>
        <translation>为用户命名（最多 16 字节；用户 1 除外）</translation>
    </message>
    <message>
        <source>set a user&apos;s password (asked for when omitted); 17-20 bytes need the 20-byte form</source>
        <translation>设置用户密码（省略时会提示输入）；17-20 字节的密码需要使用 20 字节格式</translation>
    </message>
    <message>
        <source>enable a user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <source>set a user&apos;s privilege limit on a channel</source>
        <translation>设置用户在通道上的权限上限</translation>
    </message>
    <message>
        <source>Give a user ID, a privilege level and optionally a channel.</source>
        <translation>请指定用户 ID、权限级别，并可选指定通道。</translation>
    </message>
    <message>
        <source>check whether a password is a user&apos;s password</source>
        <translation>检查密码是否为用户的密码</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User &amp;ID</source>
        <translation>用户 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Privilege</source>
        <translation>权限(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User 1 is the anonymous (null) user: the IPMI specification fixes its name as empty, so it cannot be set. Leave it disabled unless anonymous logins are wanted.</source>
        <translation>用户 1 为匿名（空）用户：IPMI 规范将其名称固定为空，因此无法设置。除非需要匿名登录，否则请保持其禁用。</translation>
    </message>
    <message>
        <source>User %1 is already in use; free IDs are shown by the list.</source>
        <translation>用户 %1 已被占用；列表中显示了空闲的 ID。</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>User 1 is the anonymous (null) user: the specification fixes its name as empty.</source>
        <translation>用户 1 为匿名（空）用户：规范将其名称固定为空。</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Callin</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Link auth</source>
        <translation>链路认证</translation>
    </message>
    <message>
        <source>IPMI messaging</source>
        <translation>IPMI 消息</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>密码(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Select a server to see its users.</source>
        <translation>请选择服务器以查看其用户。</translation>
    </message>
    <message>
        <source>The password matches.</source>
        <translation>密码匹配。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>密码…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>%1 · channel %2: %3 of %4 users enabled.</source>
        <translation>%1 · 通道 %2：已启用 %3 个用户（共 %4 个）。</translation>
    </message>
</context>
<context>
    <name>UsersService</name>
    <message>
        <source>User %1 was saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>用户 %1 已禁用。</translation>
    </message>
    <message>
        <source>User %1 now has %2.</source>
        <translation>用户 %1 现在的权限为%2。</translation>
    </message>
    <message>
        <source>The password of user %1 was set.</source>
        <translation>用户 %1 的密码已设置。</translation>
    </message>
    <message>
        <source>The password of user %1 was set; BMC Pilot logs in with it from now on.</source>
        <translation>用户 %1 的密码已设置；BMC Pilot 此后将使用该密码登录。</translation>
    </message>
    <message>
        <source>Reading the user back failed: %1</source>
        <translation>回读用户失败：%1</translation>
    </message>
    <message>
        <source>Reading the users of the LAN channel…</source>
        <translation>正在读取 LAN 通道的用户……</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>no desktop keychain support</source>
        <translation>不支持系统密钥环</translation>
    </message>
    <message>
        <source>the desktop keychain is not available</source>
        <translation>系统密钥环不可用</translation>
    </message>
    <message>
        <source>The vault does not use a master password: secrets are in the %1.</source>
        <translation>密码库不使用主密码：机密信息保存在%1中。</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>The master password must not be empty.</source>
        <translation>主密码不能为空。</translation>
    </message>
    <message>
        <source>Unlock the vault file first.</source>
        <translation>请先解锁密码库文件。</translation>
    </message>
    <message>
        <source>The vault is still looking for the desktop keychain.</source>
        <translation>密码库仍在查找系统密钥环。</translation>
    </message>
    <message>
        <source>The vault is locked; enter the master password.</source>
        <translation>密码库已锁定；请输入主密码。</translation>
    </message>
    <message>
        <source>No secret is stored for this server.</source>
        <translation>未为此服务器存储任何机密信息。</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <source>The key for the vault could not be derived.</source>
        <translation>无法派生密码库的密钥。</translation>
    </message>
    <message>
        <source>A vault file already exists at %1.</source>
        <translation>%1 处已存在密码库文件。</translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation>系统随机数生成器出错。</translation>
    </message>
    <message>
        <source>There is no vault file at %1.</source>
        <translation>%1 处没有密码库文件。</translation>
    </message>
    <message>
        <source>The vault file %1 could not be read: %2</source>
        <translation>无法读取密码库文件 %1：%2</translation>
    </message>
    <message>
        <source>The vault file %1 is damaged or is not a BMC Pilot vault.</source>
        <translation>密码库文件 %1 已损坏，或不是 BMC Pilot 密码库。</translation>
    </message>
    <message>
        <source>The vault file %1 was written by a newer BMC Pilot (format %2); it was left unchanged.</source>
        <translation>密码库文件 %1 由更新版本的 BMC Pilot 写入（格式 %2）；该文件保持不变。</translation>
    </message>
    <message>
        <source>The master password is wrong, or the vault file %1 was modified. The file was not changed.</source>
        <translation>主密码错误，或密码库文件 %1 已被修改。文件未被更改。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>密码库已锁定。</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>无法加密密码库。</translation>
    </message>
    <message>
        <source>The vault file %1 could not be written: %2</source>
        <translation>无法写入密码库文件 %1：%2</translation>
    </message>
    <message>
        <source>The current master password is wrong.</source>
        <translation>当前主密码错误。</translation>
    </message>
</context>
<context>
    <name>VaultUnlockDialog</name>
    <message>
        <source>Password vault</source>
        <translation>密码库</translation>
    </message>
    <message>
        <source>Current master password</source>
        <translation>当前主密码</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>主密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Change the master password</source>
        <translation>更改主密码</translation>
    </message>
    <message>
        <source>The vault file is encrypted again with the new password. Choose one of at least %1 characters.</source>
        <translation>密码库文件将使用新密码重新加密。请设置至少 %1 个字符的密码。</translation>
    </message>
    <message>
        <source>New master password</source>
        <translation>新主密码</translation>
    </message>
    <message>
        <source>Create the password vault</source>
        <translation>创建密码库</translation>
    </message>
    <message>
        <source>No desktop keychain is available, so BMC passwords are kept in a file encrypted with a master password. Choose one of at least %1 characters; it cannot be recovered.</source>
        <translation>系统密钥环不可用，因此 BMC 密码将保存在用主密码加密的文件中。请设置至少 %1 个字符的主密码；主密码一旦遗忘将无法找回。</translation>
    </message>
    <message>
        <source>Unlock the password vault</source>
        <translation>解锁密码库</translation>
    </message>
    <message>
        <source>Enter the master password to use the stored BMC passwords.</source>
        <translation>请输入主密码以使用已保存的 BMC 密码。</translation>
    </message>
    <message>
        <source>Enter the current master password.</source>
        <translation>请输入当前主密码。</translation>
    </message>
    <message>
        <source>Enter the master password.</source>
        <translation>请输入主密码。</translation>
    </message>
    <message>
        <source>The master password needs at least %1 characters.</source>
        <translation>主密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No servers yet</source>
        <translation>还没有服务器</translation>
    </message>
    <message>
        <source>Add a BMC by its address and login, or look for BMCs on a network. Their sensors, event logs and settings then show here.</source>
        <translation>通过地址和登录信息添加 BMC，或在网络中查找 BMC。之后它们的传感器、事件日志和设置会显示在这里。</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>Discover…</source>
        <translation>发现…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo lab</source>
        <translation>演示实验室</translation>
    </message>
    <message>
        <source>Manage server BMCs over IPMI.</source>
        <translation>通过 IPMI 管理服务器 BMC。</translation>
    </message>
    <message>
        <source>Start the demo lab of simulated BMCs and show them.</source>
        <translation>启动由模拟 BMC 组成的演示实验室并显示这些 BMC。</translation>
    </message>
    <message>
        <source>Server list file to use.</source>
        <translation>要使用的服务器列表文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>BMC Pilot — demo lab</source>
        <translation>BMC Pilot — 演示实验室</translation>
    </message>
    <message>
        <source>Starting the demo lab…</source>
        <translation>正在启动演示实验室……</translation>
    </message>
    <message>
        <source>The demo lab could not start:
%1</source>
        <translation>演示实验室无法启动：
%1</translation>
    </message>
    <message>
        <source>Server list</source>
        <translation>服务器列表</translation>
    </message>
    <message numerus="yes">
        <source>Demo lab ready: %n simulated BMC(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>演示实验室已就绪：%n 个模拟 BMC</numerusform>
        </translation>
    </message>
    <message>
        <source>With --demo: save a picture of every page and dialog in this folder, then quit.</source>
        <translation>与 --demo 一起使用：将每个页面和对话框的截图保存到此文件夹，然后退出。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Sensor history</source>
        <translation>传感器历史</translation>
    </message>
    <message>
        <source>The sensor history cannot be kept: %1</source>
        <translation>无法保存传感器历史数据：%1</translation>
    </message>
    <message>
        <source>The password vault stays locked: passwords typed now are used this session only.</source>
        <translation>密码库保持锁定：现在输入的密码仅在本次会话中使用。</translation>
    </message>
    <message>
        <source>This build of %1 has no demo lab: it was built without %2. Install openipmi and python3, then build again.</source>
        <translation>此版本的 %1 没有演示实验室：构建时缺少 %2。请安装 openipmi 和 python3，然后重新构建。</translation>
    </message>
    <message>
        <source>History sources</source>
        <translation>历史数据来源</translation>
    </message>
    <message>
        <source>Cannot create %1; SDR caches are not kept.</source>
        <translation>无法创建 %1；不会保存 SDR 缓存。</translation>
    </message>
    <message>
        <source>Polling %1 of %2 servers (shard %3, %4 with a password); serving /metrics and /ipmi on %5 (port %6).</source>
        <translation>正在轮询 %2 台服务器中的 %1 台（分片 %3，%4 台有密码）；在 %5（端口 %6）上提供 /metrics 和 /ipmi。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
</TS>
