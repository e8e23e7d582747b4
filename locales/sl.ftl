# UI strings of the article-embed widget: Slovenian (sl).

## Article chrome
follow-us = Sledite nam
byline = Avtor: { $author }
published = Objavljeno { $date }
share-top = Deli:
share-bottom = Deli ta članek:
advertisement = Oglas
trending = Priljubljeno
disclaimer-heading = O tem članku
loading = Nalaganje članka…

## Share buttons (network names are brands and stay untranslated)
share-native = Deli…
share-on = Deli v omrežju { $network }
share-email = Deli po e-pošti
share-copy = Kopiraj povezavo
share-copied = Povezava kopirana
share-copy-failed = Kopiranje ni uspelo. Povezava: { $url }
share-new-tab = (odpre se v novem zavihku)

## Language switcher and honest translations
language-button = Jezik: { $language }
language-list = Ta članek v drugih jezikih
language-filter = Filtriraj jezike
language-no-match = Noben jezik se ne ujema
language-current = trenutni jezik
machine-translated = strojno prevedeno
mt-notice = Strojni prevod. Izvirni jezik: { $language }.
mt-show-original = Preberi izvirnik
mt-suspect = Ta odlomek je morda napačno preveden.
mt-original-show = Pokaži izvirni odlomek
mt-original-label = Izvirnik ({ $language })

## Consent
consent-title = Vaše izbire glede zasebnosti
consent-intro = Ta članek lahko prikazuje vsebino, ki zahteva vašo privolitev. Izberite, kaj dovolite; to lahko kadar koli spremenite v razdelku »Nastavitve zasebnosti«.
consent-accept-all = Sprejmi vse
consent-reject-all = Zavrni vse
consent-choose = Izberi
consent-save = Shrani moje izbire
consent-always-on = Vedno vklopljeno
consent-necessary = Nujno potrebno
consent-necessary-desc = Zapomni si vaš jezik in to izbiro glede zasebnosti. Nič se ne deli.
consent-advertising = Oglaševanje
consent-advertising-desc = V članku prikaže oglas oglaševalskega partnerja spletnega mesta { $publisher }. Oglaševalski partner lahko nastavi piškotke.
consent-media = Vdelana vsebina
consent-media-desc = Predvaja v članku videoposnetke z { $providers }, ko kliknete enega od njih. Ta spletna mesta lahko nastavijo piškotke.
consent-gpc = Vaš brskalnik spletna mesta prosi, naj ne prodajajo ali delijo vaših podatkov (Global Privacy Control), zato oglaševanje ostane izklopljeno, dokler ga tukaj ne vklopite.
consent-saved = Vaše izbire glede zasebnosti so shranjene.
consent-settings = Nastavitve zasebnosti
ad-hidden = Oglas skrit — nastavitve zasebnosti

## Errors
error-title = Tega članka ni mogoče prikazati.
error-not-found = Članka ni bilo mogoče najti.
error-network = Članka ni bilo mogoče naložiti. Preverite povezavo.
error-timeout = Nalaganje članka je trajalo predolgo.
error-invalid = Podatki članka niso veljavni.
error-missing-src = Ta vdelava ne določa, kateri članek naj se prikaže.
error-read-on-site = Preberi članek na spletnem mestu izdajatelja

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Preberite naprej
more-hide = Prikaži manj
more-expanded = Članek je razširjen.
mastodon-server = Vaš strežnik Mastodon
mastodon-hint = Samo njegovo ime, na primer mastodon.social
mastodon-invalid = To ni ime strežnika. Vpišite samo ime, na primer mastodon.social, brez https://, @ ali /.
mastodon-cancel = Prekliči
mastodon-change = Zamenjaj strežnik Mastodon: { $server }
newsletter-heading = E-novice
newsletter-signup = Naročite se na e-novice { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabela
gallery = Galerija fotografij
embed-play = Predvajaj videoposnetek z { $provider }
embed-video = Videoposnetek z { $provider }
embed-open = Oglejte si na { $provider }
embed-ask = Želite predvajati ta videoposnetek z { $provider }?
embed-ask-detail = Predvajalnik se naloži z { $host }, ki lahko nastavi piškotke. Dovoljenje velja za vse vdelane videoposnetke; spremenite ga lahko v razdelku »Nastavitve zasebnosti«.
embed-allow = Dovoli in predvajaj
embed-later = Ne zdaj
embed-managed = Vdelani videoposnetki so v nastavitvah zasebnosti tega spletnega mesta izklopljeni.
post-view = Oglejte si objavo na { $network }
post-media = Priloga: { $description }
footnotes = Opombe
footnote-ref = Opomba { $number }
footnote-back = Nazaj na besedilo

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Vdelaj ta članek
embed-page-intro = Izberite možnosti, preverite predogled in nato kopirajte kodo na svojo stran.
embed-page-no-script = Brez JavaScripta so spodnje kode privzete, možnosti in predogled pa ne delujejo.
embed-page-language = Jezik
embed-page-form = Oblika
embed-page-form-snippet = Vnaprej upodobljen izsek
embed-page-form-iframe = Iframe
embed-page-form-element = Oznaka script z vnaprej upodobljenim člankom
embed-page-form-one-tag = Ena sama oznaka script
embed-page-form-url = Povezava do članka za strani z oEmbed, kot je WordPress
embed-page-theme = Tema
embed-page-theme-auto = Samodejno
embed-page-theme-light = Svetla
embed-page-theme-dark = Temna
embed-page-share = Gumbi za deljenje, po vrsti (prazno: vsi)
embed-page-share-hint = Imena, ločena z vejicami, izmed: { $names }
embed-page-share-params = Parametri deljenih povezav
embed-page-share-params-hint = Na primer utm_source=mojblog&utm_medium=embed
embed-page-max-height = »Beri naprej« po tej višini, v slikovnih pikah
embed-page-max-height-hint = Prazno: celoten članek.
embed-page-preview = Predogled
embed-page-code = Koda
embed-page-copy = Kopiraj kodo
embed-page-copied = Koda je kopirana.
embed-page-copy-keys = Koda je izbrana: pritisnite Ctrl+C (⌘C na Macu), da jo kopirate.
embed-page-cost = Prvi prikaz: { $ratio } časa istega članka kot navaden HTML, na počasnem telefonu.
embed-page-cost-unmeasured = Prvi prikaz: še ni izmerjen.
embed-page-csp = Kaj potrebuje vaša Content-Security-Policy
embed-page-url-note = Stran sestavi kartico iz povezave oEmbed na strani članka: možnosti zanjo ne veljajo.
