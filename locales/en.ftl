# UI strings of the article-embed widget: English, the reference catalogue.
#
# Format: a subset of Project Fluent (https://projectfluent.org/):
#   key = value            one message a line
#       continued value    indented lines continue the value (joined with a space)
#   { $name }              a placeholder, filled in by the widget
#   # comment
# No selectors, terms or attributes: every message is one whole sentence or label.
# Every other catalogue must have exactly these keys and the same placeholders.

## Article chrome
follow-us = Follow us
byline = By { $author }
published = Published { $date }
share-top = Share:
share-bottom = Share this article:
advertisement = Advertisement
trending = Trending
disclaimer-heading = About this article
loading = Loading the article…

## Share buttons (network names are brands and stay untranslated)
share-native = Share…
share-on = Share on { $network }
share-email = Share by email
share-copy = Copy link
share-copied = Link copied
share-copy-failed = Could not copy. The link is: { $url }
share-new-tab = (opens in a new tab)

## Language switcher and honest translations
language-button = Language: { $language }
language-list = Read this article in
language-filter = Filter languages
language-no-match = No language matches
language-current = current language
machine-translated = machine translated
mt-notice = Machine translated from { $language }.
mt-show-original = Read the original
mt-suspect = This passage may be mistranslated.
mt-original-show = Show the original passage
mt-original-label = Original ({ $language })

## Consent
consent-title = Your privacy choices
consent-intro = This article can show content that needs your consent. Choose what you allow; you can change it at any time under “Privacy settings”.
consent-accept-all = Accept all
consent-reject-all = Reject all
consent-choose = Choose
consent-save = Save my choices
consent-always-on = Always on
consent-necessary = Strictly necessary
consent-necessary-desc = Remembers your language and this privacy choice. Nothing is shared.
consent-advertising = Advertising
consent-advertising-desc = Shows an advertisement from { $publisher }’s ad partner in the article. The ad partner may set cookies.
consent-media = Embedded content
consent-media-desc = Plays videos from { $providers } in the article when you click one. These sites may set cookies.
consent-gpc = Your browser asks sites not to sell or share your data (Global Privacy Control), so advertising stays off unless you turn it on here.
consent-saved = Your privacy choices were saved.
consent-settings = Privacy settings
ad-hidden = Advertisement hidden — privacy settings

## Errors
error-title = This article could not be shown.
error-not-found = The article was not found.
error-network = The article could not be loaded. Check your connection.
error-timeout = The article took too long to load.
error-invalid = The article data is not valid.
error-missing-src = This embed does not say which article to show.
error-read-on-site = Read the article on the publisher’s site

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Continue reading
more-hide = Show less
more-expanded = Article expanded.
mastodon-server = Your Mastodon server
mastodon-hint = Its name only, for example mastodon.social
mastodon-invalid = That is not a server name. Type only the name, for example mastodon.social, without https://, @ or /.
mastodon-cancel = Cancel
mastodon-change = Change Mastodon server: { $server }
newsletter-heading = Newsletter
newsletter-signup = Sign up for { $publisher }’s newsletter

## Tables, galleries, players, posts and footnotes
table = Table
gallery = Photo gallery
embed-play = Play video from { $provider }
embed-video = Video from { $provider }
embed-open = Watch on { $provider }
embed-ask = Play this video from { $provider }?
embed-ask-detail = The player loads from { $host }, which may set cookies. Allowing it covers every embedded video; you can change it under “Privacy settings”.
embed-allow = Allow and play
embed-later = Not now
embed-managed = Embedded videos are turned off in this site’s privacy settings.
post-view = View the post on { $network }
post-media = Attached: { $description }
footnotes = Footnotes
footnote-ref = Footnote { $number }
footnote-back = Back to text

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Embed this article
embed-page-intro = Choose the options, check the preview, then copy the code into your page.
embed-page-no-script = Without JavaScript, the codes below are the defaults and the options and preview do not work.
embed-page-language = Language
embed-page-form = Form
embed-page-form-snippet = Prerendered snippet
embed-page-form-iframe = Iframe
embed-page-form-element = Script tag with the prerendered article
embed-page-form-one-tag = One script tag
embed-page-form-url = Article link for oEmbed sites such as WordPress
embed-page-theme = Theme
embed-page-theme-auto = Automatic
embed-page-theme-light = Light
embed-page-theme-dark = Dark
embed-page-share = Share buttons, in order (empty: all)
embed-page-share-hint = Names separated by commas, from: { $names }
embed-page-share-params = Parameters for shared links
embed-page-share-params-hint = For example utm_source=myblog&utm_medium=embed
embed-page-max-height = “Continue reading” after this height, in pixels
embed-page-max-height-hint = Empty: the whole article.
embed-page-preview = Preview
embed-page-code = Code
embed-page-copy = Copy the code
embed-page-copied = The code was copied.
embed-page-copy-keys = The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.
embed-page-cost = First paint: { $ratio } the time of the same article as plain HTML, on a slow phone.
embed-page-cost-unmeasured = First paint: not measured yet.
embed-page-csp = What your Content-Security-Policy needs
embed-page-url-note = The site builds the card from the article page’s oEmbed link: the options do not apply.
