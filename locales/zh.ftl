# UI strings of the article-embed widget: Chinese Simplified (zh).

## Article chrome
follow-us = 关注我们
byline = 作者：{ $author }
published = 发布于 { $date }
share-top = 分享：
share-bottom = 分享本文：
advertisement = 广告
trending = 热门
disclaimer-heading = 关于本文
loading = 正在加载文章…

## Share buttons (network names are brands and stay untranslated)
share-native = 分享…
share-on = 分享到 { $network }
share-email = 通过电子邮件分享
share-copy = 复制链接
share-copied = 链接已复制
share-copy-failed = 无法复制。链接为：{ $url }
share-new-tab = （在新标签页中打开）

## Language switcher and honest translations
language-button = 语言：{ $language }
language-list = 选择阅读语言
language-filter = 筛选语言
language-no-match = 没有匹配的语言
language-current = 当前语言
machine-translated = 机器翻译
mt-notice = 本文为机器翻译，原文语言：{ $language }。
mt-show-original = 阅读原文
mt-suspect = 此段落可能存在误译。
mt-original-show = 显示原文段落
mt-original-label = 原文（{ $language }）

## Consent
consent-title = 您的隐私选择
consent-intro = 本文可能显示需要您同意的内容。请选择您允许的内容；您可以随时在“隐私设置”中更改。
consent-accept-all = 全部接受
consent-reject-all = 全部拒绝
consent-choose = 自行选择
consent-save = 保存我的选择
consent-always-on = 始终开启
consent-necessary = 严格必要
consent-necessary-desc = 记住您的语言和此项隐私选择。不会共享任何信息。
consent-advertising = 广告
consent-advertising-desc = 在文章中显示来自 { $publisher } 广告合作伙伴的广告。广告合作伙伴可能会设置 Cookie。
consent-media = 嵌入内容
consent-media-desc = 当您点击文章中的视频时，播放来自 { $providers } 的视频。这些网站可能会设置 Cookie。
consent-gpc = 您的浏览器要求网站不要出售或共享您的数据（Global Privacy Control），因此除非您在此处开启，否则广告将保持关闭。
consent-saved = 您的隐私选择已保存。
consent-settings = 隐私设置
ad-hidden = 广告已隐藏——隐私设置

## Errors
error-title = 无法显示此文章。
error-not-found = 未找到该文章。
error-network = 无法加载文章。请检查您的网络连接。
error-timeout = 文章加载超时。
error-invalid = 文章数据无效。
error-missing-src = 此嵌入代码未指定要显示的文章。
error-read-on-site = 在发布者网站上阅读文章

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = 继续阅读
more-hide = 收起
more-expanded = 文章已展开。
mastodon-server = 你的 Mastodon 服务器
mastodon-hint = 只填服务器名称，例如 mastodon.social
mastodon-invalid = 这不是服务器名称。请只输入名称，例如 mastodon.social，不要包含 https://、@ 或 /。
mastodon-cancel = 取消
mastodon-change = 更改 Mastodon 服务器：{ $server }
newsletter-heading = 新闻通讯
newsletter-signup = 订阅 { $publisher } 的新闻通讯

## Tables, galleries, players, posts and footnotes
table = 表格
gallery = 图库
embed-play = 播放来自 { $provider } 的视频
embed-video = 来自 { $provider } 的视频
embed-open = 在 { $provider } 上观看
embed-ask = 要播放这个来自 { $provider } 的视频吗？
embed-ask-detail = 播放器从 { $host } 加载，该网站可能会设置 Cookie。此许可适用于所有嵌入的视频；您可以在“隐私设置”中更改。
embed-allow = 允许并播放
embed-later = 暂不
embed-managed = 本网站的隐私设置已关闭嵌入视频。
post-view = 在 { $network } 上查看帖子
post-media = 附件：{ $description }
footnotes = 脚注
footnote-ref = 脚注 { $number }
footnote-back = 返回正文

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = 嵌入这篇文章
embed-page-intro = 选择选项，查看预览，然后把代码复制到你的页面中。
embed-page-no-script = 没有 JavaScript 时，下面的代码是默认代码，选项和预览都无法使用。
embed-page-language = 语言
embed-page-form = 形式
embed-page-form-snippet = 预渲染片段
embed-page-form-iframe = Iframe
embed-page-form-element = 带预渲染文章的 script 标签
embed-page-form-one-tag = 单个 script 标签
embed-page-form-url = 供 WordPress 等 oEmbed 网站使用的文章链接
embed-page-theme = 主题
embed-page-theme-auto = 自动
embed-page-theme-light = 浅色
embed-page-theme-dark = 深色
embed-page-share = 分享按钮，按顺序（留空：全部）
embed-page-share-hint = 用逗号分隔的名称，可选：{ $names }
embed-page-share-params = 分享链接的参数
embed-page-share-params-hint = 例如 utm_source=myblog&utm_medium=embed
embed-page-max-height = 超过此高度显示“继续阅读”，单位为像素
embed-page-max-height-hint = 留空：整篇文章。
embed-page-preview = 预览
embed-page-code = 代码
embed-page-copy = 复制代码
embed-page-copied = 代码已复制。
embed-page-copy-keys = 代码已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。
embed-page-cost = 首次显示：同一文章以纯 HTML 显示所需时间的 { $ratio }，在慢速手机上。
embed-page-cost-unmeasured = 首次显示：尚未测量。
embed-page-csp = 你的 Content-Security-Policy 需要的内容
embed-page-url-note = 网站根据文章页面的 oEmbed 链接生成卡片：这些选项对它不适用。
