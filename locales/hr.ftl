# UI strings of the article-embed widget: Croatian (hr).

## Article chrome
follow-us = Pratite nas
byline = Autor: { $author }
published = Objavljeno { $date }
share-top = Podijeli:
share-bottom = Podijeli ovaj članak:
advertisement = Oglas
trending = Popularno
disclaimer-heading = O ovom članku
loading = Učitavanje članka…

## Share buttons (network names are brands and stay untranslated)
share-native = Podijeli…
share-on = Podijeli putem usluge { $network }
share-email = Podijeli e-poštom
share-copy = Kopiraj poveznicu
share-copied = Poveznica kopirana
share-copy-failed = Kopiranje nije uspjelo. Poveznica: { $url }
share-new-tab = (otvara se u novoj kartici)

## Language switcher and honest translations
language-button = Jezik: { $language }
language-list = Ovaj članak na drugim jezicima
language-filter = Filtriraj jezike
language-no-match = Nijedan jezik ne odgovara
language-current = trenutačni jezik
machine-translated = strojno prevedeno
mt-notice = Strojni prijevod. Izvorni jezik: { $language }.
mt-show-original = Pročitaj izvornik
mt-suspect = Ovaj je odlomak možda pogrešno preveden.
mt-original-show = Prikaži izvorni odlomak
mt-original-label = Izvornik ({ $language })

## Consent
consent-title = Vaši odabiri privatnosti
consent-intro = Ovaj članak može prikazivati sadržaj za koji je potreban vaš pristanak. Odaberite što dopuštate; to možete promijeniti u bilo kojem trenutku u odjeljku „Postavke privatnosti”.
consent-accept-all = Prihvati sve
consent-reject-all = Odbij sve
consent-choose = Odaberi
consent-save = Spremi moje odabire
consent-always-on = Uvijek uključeno
consent-necessary = Nužno potrebno
consent-necessary-desc = Pamti vaš jezik i ovaj odabir privatnosti. Ništa se ne dijeli.
consent-advertising = Oglašavanje
consent-advertising-desc = U članku prikazuje oglas oglašivačkog partnera portala { $publisher }. Oglašivački partner može postavljati kolačiće.
consent-media = Ugrađeni sadržaj
consent-media-desc = Reproducira u članku videozapise s usluga { $providers } kada kliknete na neki od njih. Te stranice mogu postavljati kolačiće.
consent-gpc = Vaš preglednik traži od web-mjesta da ne prodaju i ne dijele vaše podatke (Global Privacy Control), pa oglašavanje ostaje isključeno dok ga ovdje ne uključite.
consent-saved = Vaši odabiri privatnosti spremljeni su.
consent-settings = Postavke privatnosti
ad-hidden = Oglas skriven — postavke privatnosti

## Errors
error-title = Ovaj članak nije moguće prikazati.
error-not-found = Članak nije pronađen.
error-network = Članak nije moguće učitati. Provjerite vezu.
error-timeout = Učitavanje članka trajalo je predugo.
error-invalid = Podaci članka nisu valjani.
error-missing-src = Ovaj ugrađeni sadržaj ne navodi koji članak treba prikazati.
error-read-on-site = Pročitaj članak na web-mjestu izdavača

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Nastavite čitati
more-hide = Prikaži manje
more-expanded = Članak je proširen.
mastodon-server = Vaš Mastodon poslužitelj
mastodon-hint = Samo njegov naziv, na primjer mastodon.social
mastodon-invalid = To nije naziv poslužitelja. Upišite samo naziv, na primjer mastodon.social, bez https://, @ ili /.
mastodon-cancel = Odustani
mastodon-change = Promijeni Mastodon poslužitelj: { $server }
newsletter-heading = Bilten
newsletter-signup = Pretplatite se na bilten izdavača { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tablica
gallery = Galerija fotografija
embed-play = Reproduciraj videozapis s usluge { $provider }
embed-video = Videozapis s usluge { $provider }
embed-open = Pogledaj na usluzi { $provider }
embed-ask = Reproducirati ovaj videozapis s usluge { $provider }?
embed-ask-detail = Player se učitava s { $host }, koji može postavljati kolačiće. Dopuštenje vrijedi za sve ugrađene videozapise; možete ga promijeniti u odjeljku „Postavke privatnosti”.
embed-allow = Dopusti i reproduciraj
embed-later = Ne sada
embed-managed = Ugrađeni videozapisi isključeni su u postavkama privatnosti ove stranice.
post-view = Pogledaj objavu na usluzi { $network }
post-media = Privitak: { $description }
footnotes = Bilješke
footnote-ref = Bilješka { $number }
footnote-back = Natrag na tekst

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Ugradi ovaj članak
embed-page-intro = Odaberite mogućnosti, provjerite pregled, a zatim kopirajte kôd na svoju stranicu.
embed-page-no-script = Bez JavaScripta kôdovi ispod su zadani, a mogućnosti i pregled ne rade.
embed-page-language = Jezik
embed-page-form = Oblik
embed-page-form-snippet = Unaprijed iscrtani isječak
embed-page-form-iframe = Iframe
embed-page-form-element = Oznaka script s unaprijed iscrtanim člankom
embed-page-form-one-tag = Jedna oznaka script
embed-page-form-url = Poveznica na članak za stranice s oEmbedom, poput WordPressa
embed-page-theme = Tema
embed-page-theme-auto = Automatski
embed-page-theme-light = Svijetla
embed-page-theme-dark = Tamna
embed-page-share = Gumbi za dijeljenje, redom (prazno: svi)
embed-page-share-hint = Nazivi odvojeni zarezima, od: { $names }
embed-page-share-params = Parametri dijeljenih poveznica
embed-page-share-params-hint = Na primjer utm_source=mojblog&utm_medium=embed
embed-page-max-height = „Nastavi čitati” nakon ove visine, u pikselima
embed-page-max-height-hint = Prazno: cijeli članak.
embed-page-preview = Pregled
embed-page-code = Kôd
embed-page-copy = Kopiraj kôd
embed-page-copied = Kôd je kopiran.
embed-page-copy-keys = Kôd je označen: pritisnite Ctrl+C (⌘C na Macu) da ga kopirate.
embed-page-cost = Prvi prikaz: { $ratio } vremena istog članka kao običan HTML, na sporom telefonu.
embed-page-cost-unmeasured = Prvi prikaz: još nije izmjeren.
embed-page-csp = Što treba vaša Content-Security-Policy
embed-page-url-note = Stranica gradi karticu iz poveznice oEmbed na stranici članka: mogućnosti se na nju ne primjenjuju.
