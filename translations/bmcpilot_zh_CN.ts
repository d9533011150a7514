<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
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
        <source>This build has no demo lab: the simulator library (tests/sim) was not built.</source>
        <translation>此版本不含演示实验室：构建时未包含模拟器库（tests/sim）。</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>No server has the id %1.</source>
        <translation>没有 ID 为 %1 的服务器。</translation>
    </message>
    <message>
        <source>The local interface is not available in this version.</source>
        <translation>此版本不支持本地接口。</translation>
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
        <source>Interface &quot;%1&quot; is not supported; use lan or lanplus.</source>
        <translation>不支持接口“%1”；请使用 lan 或 lanplus。</translation>
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
        <source>Invalid timeout &quot;%1&quot;; give whole seconds from 1 to 3600.</source>
        <translation>无效的超时“%1”；请给出 1 到 3600 之间的整数秒数。</translation>
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
        <source>Usage: bmcpilot-cli [options] &lt;command&gt; [arguments]

Options (as in ipmitool):
  -I lan|lanplus   IPMI 1.5 or 2.0 (RMCP+) session; default lanplus
  -H &lt;hosts&gt;       BMC address: host, host:port, [v6addr]:port, a comma
                   list, ranges such as 10.0.0.[1-20] or node[01-10].lab
  -p &lt;port&gt;        UDP port for hosts given without one; default 623
  -U &lt;user&gt;        user name
  -P &lt;password&gt;    password (visible to other users; prefer -E or -f)
  -E               password from IPMITOOL_PASSWORD or IPMI_PASSWORD
  -f &lt;file&gt;        password from the first line of a file
  -C &lt;suite&gt;       RMCP+ cipher suite; default: 17, then 3
  -L &lt;level&gt;       USER, OPERATOR or ADMINISTRATOR; default ADMINISTRATOR
  -k &lt;key&gt;         K_g key;  -y &lt;hex&gt; the same in hexadecimal;
  -K               K_g key from IPMI_KGKEY
  -N &lt;seconds&gt;     time to wait for an answer before retrying
  -R &lt;count&gt;       retries per request
  -v               tell more (repeat for more)
  -F &lt;count&gt;       BMCs handled at once; default 64
  --json           print one JSON document
  --demo           start a simulated lab of BMCs to try commands on
  -h, --help       this help;  -V, --version  the version
</source>
        <translation>用法：bmcpilot-cli [options] &lt;command&gt; [arguments]

选项（与 ipmitool 相同）：
  -I lan|lanplus   IPMI 1.5 或 2.0（RMCP+）会话；默认为 lanplus
  -H &lt;hosts&gt;       BMC 地址：host、host:port、[v6addr]:port、以逗号分隔的
                   列表，或 10.0.0.[1-20]、node[01-10].lab 这样的范围
  -p &lt;port&gt;        未指定端口的主机所用的 UDP 端口；默认为 623
  -U &lt;user&gt;        用户名
  -P &lt;password&gt;    密码（其他用户可见；建议改用 -E 或 -f）
  -E               从 IPMITOOL_PASSWORD 或 IPMI_PASSWORD 读取密码
  -f &lt;file&gt;        从文件的第一行读取密码
  -C &lt;suite&gt;       RMCP+ 加密套件；默认先试 17，再试 3
  -L &lt;level&gt;       USER、OPERATOR 或 ADMINISTRATOR；默认为 ADMINISTRATOR
  -k &lt;key&gt;         K_g 密钥；-y &lt;hex&gt; 以十六进制形式给出 K_g 密钥
  -K               从 IPMI_KGKEY 读取 K_g 密钥
  -N &lt;seconds&gt;     等待应答的秒数，超时后重试
  -R &lt;count&gt;       每个请求的重试次数
  -v               输出更详细的信息（可重复使用以输出更多）
  -F &lt;count&gt;       同时处理的 BMC 数量；默认为 64
  --json           输出一个 JSON 文档
  --demo           启动模拟的 BMC 实验室，用于试用命令
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
        <source>Power on sent to %1.</source>
        <translation>已向 %1 发送开机命令。</translation>
    </message>
    <message>
        <source>Power off sent to %1.</source>
        <translation>已向 %1 发送关机命令。</translation>
    </message>
    <message>
        <source>Soft shutdown sent to %1.</source>
        <translation>已向 %1 发送软关机命令。</translation>
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
        <translation>%1 的定位指示灯将亮起 15 秒。</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在发送到 %1……</translation>
    </message>
    <message>
        <source>Sending a power command to %1…</source>
        <translation>正在向 %1 发送电源命令……</translation>
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
</context>
</TS>
