# UI strings of the article-embed widget: Romanian (ro).

## Article chrome
follow-us = Urmăriți-ne
byline = De { $author }
published = Publicat pe { $date }
share-top = Distribuiți:
share-bottom = Distribuiți acest articol:
advertisement = Publicitate
trending = Populare
disclaimer-heading = Despre acest articol
loading = Se încarcă articolul…

## Share buttons (network names are brands and stay untranslated)
share-native = Distribuiți…
share-on = Distribuiți pe { $network }
share-email = Distribuiți prin e-mail
share-copy = Copiați linkul
share-copied = Link copiat
share-copy-failed = Linkul nu a putut fi copiat. Linkul este: { $url }
share-new-tab = (se deschide într-o filă nouă)

## Language switcher and honest translations
language-button = Limba: { $language }
language-list = Acest articol în alte limbi
language-filter = Filtrați limbile
language-no-match = Nicio limbă nu corespunde
language-current = limba curentă
machine-translated = traducere automată
mt-notice = Traducere automată. Limba originală: { $language }.
mt-show-original = Citiți originalul
mt-suspect = Este posibil ca acest pasaj să fie tradus greșit.
mt-original-show = Afișați pasajul original
mt-original-label = Original ({ $language })

## Consent
consent-title = Opțiunile dvs. de confidențialitate
consent-intro = Acest articol poate afișa conținut care necesită consimțământul dvs. Alegeți ce permiteți; puteți modifica oricând alegerea în „Setări de confidențialitate”.
consent-accept-all = Acceptați tot
consent-reject-all = Respingeți tot
consent-choose = Alegeți
consent-save = Salvați opțiunile
consent-always-on = Mereu activ
consent-necessary = Strict necesare
consent-necessary-desc = Reține limba dvs. și această opțiune de confidențialitate. Nu se partajează nimic.
consent-advertising = Publicitate
consent-advertising-desc = Afișează în articol o reclamă de la partenerul de publicitate al publicației { $publisher }. Partenerul de publicitate poate seta cookie-uri.
consent-media = Conținut încorporat
consent-media-desc = Redă în articol videoclipuri de pe { $providers } atunci când dați clic pe unul. Aceste site-uri pot seta cookie-uri.
consent-gpc = Browserul dvs. le cere site-urilor să nu vândă și să nu partajeze datele dvs. (Global Privacy Control), așa că publicitatea rămâne dezactivată dacă nu o activați aici.
consent-saved = Opțiunile dvs. de confidențialitate au fost salvate.
consent-settings = Setări de confidențialitate
ad-hidden = Publicitate ascunsă — setări de confidențialitate

## Errors
error-title = Acest articol nu poate fi afișat.
error-not-found = Articolul nu a fost găsit.
error-network = Articolul nu a putut fi încărcat. Verificați conexiunea.
error-timeout = Încărcarea articolului a durat prea mult.
error-invalid = Datele articolului nu sunt valide.
error-missing-src = Acest cod de încorporare nu indică ce articol trebuie afișat.
error-read-on-site = Citiți articolul pe site-ul editorului

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Continuați lectura
more-hide = Afișați mai puțin
more-expanded = Articolul a fost extins.
mastodon-server = Serverul dvs. Mastodon
mastodon-hint = Doar numele lui, de exemplu mastodon.social
mastodon-invalid = Acesta nu este un nume de server. Scrieți doar numele, de exemplu mastodon.social, fără https://, @ sau /.
mastodon-cancel = Anulați
mastodon-change = Schimbați serverul Mastodon: { $server }
newsletter-heading = Buletin informativ
newsletter-signup = Abonați-vă la buletinul informativ { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabel
gallery = Galerie foto
embed-play = Redați videoclipul de pe { $provider }
embed-video = Videoclip de pe { $provider }
embed-open = Vizionați pe { $provider }
embed-ask = Redați acest videoclip de pe { $provider }?
embed-ask-detail = Playerul se încarcă de pe { $host }, care poate seta cookie-uri. Permisiunea se aplică tuturor videoclipurilor încorporate; o puteți modifica în „Setări de confidențialitate”.
embed-allow = Permiteți și redați
embed-later = Nu acum
embed-managed = Videoclipurile încorporate sunt dezactivate în setările de confidențialitate ale acestui site.
post-view = Vedeți postarea pe { $network }
post-media = Atașat: { $description }
footnotes = Note de subsol
footnote-ref = Nota de subsol { $number }
footnote-back = Înapoi la text

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Încorporează acest articol
embed-page-intro = Alegeți opțiunile, verificați previzualizarea, apoi copiați codul în pagina dvs.
embed-page-no-script = Fără JavaScript, codurile de mai jos sunt cele implicite, iar opțiunile și previzualizarea nu funcționează.
embed-page-language = Limba
embed-page-form = Forma
embed-page-form-snippet = Fragment pre-randat
embed-page-form-iframe = Iframe
embed-page-form-element = Etichetă script cu articolul pre-randat
embed-page-form-one-tag = O singură etichetă script
embed-page-form-url = Linkul articolului pentru site-uri oEmbed precum WordPress
embed-page-theme = Temă
embed-page-theme-auto = Automată
embed-page-theme-light = Luminoasă
embed-page-theme-dark = Întunecată
embed-page-share = Butoane de distribuire, în ordine (gol: toate)
embed-page-share-hint = Nume separate prin virgule, dintre: { $names }
embed-page-share-params = Parametri pentru linkurile distribuite
embed-page-share-params-hint = De exemplu utm_source=blogulmeu&utm_medium=embed
embed-page-max-height = „Citește mai departe” după această înălțime, în pixeli
embed-page-max-height-hint = Gol: întregul articol.
embed-page-preview = Previzualizare
embed-page-code = Cod
embed-page-copy = Copiază codul
embed-page-copied = Codul a fost copiat.
embed-page-copy-keys = Codul este selectat: apăsați Ctrl+C (⌘C pe Mac) pentru a-l copia.
embed-page-cost = Prima afișare: { $ratio } din timpul aceluiași articol ca HTML simplu, pe un telefon lent.
embed-page-cost-unmeasured = Prima afișare: încă nemăsurată.
embed-page-csp = De ce are nevoie Content-Security-Policy a dvs.
embed-page-url-note = Site-ul construiește cardul din linkul oEmbed al paginii articolului: opțiunile nu se aplică.
