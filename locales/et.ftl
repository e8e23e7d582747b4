# UI strings of the article-embed widget: Estonian (et).

## Article chrome
follow-us = Jälgi meid
byline = Autor: { $author }
published = Avaldatud: { $date }
share-top = Jaga:
share-bottom = Jaga seda artiklit:
advertisement = Reklaam
trending = Populaarsed
disclaimer-heading = Artiklist
loading = Artikli laadimine…

## Share buttons (network names are brands and stay untranslated)
share-native = Jaga…
share-on = Jaga teenuses { $network }
share-email = Jaga e-postiga
share-copy = Kopeeri link
share-copied = Link kopeeritud
share-copy-failed = Kopeerimine ebaõnnestus. Link on: { $url }
share-new-tab = (avaneb uuel vahelehel)

## Language switcher and honest translations
language-button = Keel: { $language }
language-list = Loe seda artiklit keeles
language-filter = Filtreeri keeli
language-no-match = Sobivaid keeli ei leitud
language-current = praegune keel
machine-translated = masintõlge
mt-notice = Masintõlge. Algkeel: { $language }.
mt-show-original = Loe originaali
mt-suspect = See lõik võib olla valesti tõlgitud.
mt-original-show = Näita algset lõiku
mt-original-label = Originaal ({ $language })

## Consent
consent-title = Sinu privaatsusvalikud
consent-intro = See artikkel võib näidata sisu, mis vajab sinu nõusolekut. Vali, mida lubad; saad seda igal ajal muuta jaotises „Privaatsusseaded”.
consent-accept-all = Nõustu kõigiga
consent-reject-all = Keeldu kõigist
consent-choose = Vali ise
consent-save = Salvesta valikud
consent-always-on = Alati sees
consent-necessary = Hädavajalikud
consent-necessary-desc = Jätab meelde sinu keele ja selle privaatsusvaliku. Midagi ei jagata.
consent-advertising = Reklaamid
consent-advertising-desc = Näitab artiklis reklaami reklaamipartnerilt, keda kasutab { $publisher }. Reklaamipartner võib seada küpsiseid.
consent-media = Manustatud sisu
consent-media-desc = Esitab artiklis videoid teenustest { $providers }, kui klõpsad mõnel neist. Need saidid võivad seada küpsiseid.
consent-gpc = Sinu brauser palub saitidel sinu andmeid mitte müüa ega jagada (Global Privacy Control), seega jäävad reklaamid välja lülitatuks, kui sa neid siin sisse ei lülita.
consent-saved = Sinu privaatsusvalikud salvestati.
consent-settings = Privaatsusseaded
ad-hidden = Reklaam peidetud — privaatsusseaded

## Errors
error-title = Seda artiklit ei saanud kuvada.
error-not-found = Artiklit ei leitud.
error-network = Artiklit ei saanud laadida. Kontrolli ühendust.
error-timeout = Artikli laadimine võttis liiga kaua aega.
error-invalid = Artikli andmed on vigased.
error-missing-src = See manus ei täpsusta, millist artiklit näidata.
error-read-on-site = Loe artiklit väljaandja saidil

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Loe edasi
more-hide = Näita vähem
more-expanded = Artikkel on laiendatud.
mastodon-server = Sinu Mastodoni server
mastodon-hint = Ainult selle nimi, näiteks mastodon.social
mastodon-invalid = See ei ole serveri nimi. Kirjuta ainult nimi, näiteks mastodon.social, ilma https://, @ või / märgita.
mastodon-cancel = Tühista
mastodon-change = Muuda Mastodoni serverit: { $server }
newsletter-heading = Uudiskiri
newsletter-signup = Telli väljaande { $publisher } uudiskiri

## Tables, galleries, players, posts and footnotes
table = Tabel
gallery = Fotogalerii
embed-play = Esita video teenusest { $provider }
embed-video = Video teenusest { $provider }
embed-open = Vaata teenuses { $provider }
embed-ask = Kas esitada see video teenusest { $provider }?
embed-ask-detail = Mängija laaditakse aadressilt { $host }, mis võib seada küpsiseid. Luba kehtib kõigile manustatud videotele; saad seda muuta jaotises „Privaatsusseaded”.
embed-allow = Luba ja esita
embed-later = Mitte praegu
embed-managed = Manustatud videod on selle saidi privaatsusseadetes välja lülitatud.
post-view = Vaata postitust teenuses { $network }
post-media = Manus: { $description }
footnotes = Joonealused märkused
footnote-ref = Joonealune märkus { $number }
footnote-back = Tagasi teksti juurde

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Manusta see artikkel
embed-page-intro = Vali seaded, vaata eelvaadet ja kopeeri siis kood oma lehele.
embed-page-no-script = Ilma JavaScriptita on allolevad koodid vaikekoodid ning seaded ja eelvaade ei tööta.
embed-page-language = Keel
embed-page-form = Vorm
embed-page-form-snippet = Eelrenderdatud katkend
embed-page-form-iframe = Iframe
embed-page-form-element = Skriptisilt eelrenderdatud artikliga
embed-page-form-one-tag = Üks skriptisilt
embed-page-form-url = Artikli link oEmbedi saitidele, nagu WordPress
embed-page-theme = Teema
embed-page-theme-auto = Automaatne
embed-page-theme-light = Hele
embed-page-theme-dark = Tume
embed-page-share = Jagamisnupud järjekorras (tühi: kõik)
embed-page-share-hint = Nimed komadega eraldatult, valikust: { $names }
embed-page-share-params = Jagatud linkide parameetrid
embed-page-share-params-hint = Näiteks utm_source=minublogi&utm_medium=embed
embed-page-max-height = „Loe edasi” pärast seda kõrgust, pikslites
embed-page-max-height-hint = Tühi: kogu artikkel.
embed-page-preview = Eelvaade
embed-page-code = Kood
embed-page-copy = Kopeeri kood
embed-page-copied = Kood kopeeriti.
embed-page-copy-keys = Kood on valitud: kopeerimiseks vajuta Ctrl+C (Macis ⌘C).
embed-page-cost = Esimene kuvamine: { $ratio } sama artikli ajast lihtsa HTML-ina aeglasel telefonil.
embed-page-cost-unmeasured = Esimene kuvamine: veel mõõtmata.
embed-page-csp = Mida sinu Content-Security-Policy vajab
embed-page-url-note = Sait koostab kaardi artiklilehe oEmbedi lingist: seaded sellele ei kehti.
