# UI strings of the article-embed widget: Finnish (fi).

## Article chrome
follow-us = Seuraa meitä
byline = Teksti: { $author }
published = Julkaistu { $date }
share-top = Jaa:
share-bottom = Jaa tämä artikkeli:
advertisement = Mainos
trending = Suosituimmat
disclaimer-heading = Tietoa tästä artikkelista
loading = Ladataan artikkelia…

## Share buttons (network names are brands and stay untranslated)
share-native = Jaa…
share-on = Jaa palvelussa { $network }
share-email = Jaa sähköpostilla
share-copy = Kopioi linkki
share-copied = Linkki kopioitu
share-copy-failed = Kopiointi epäonnistui. Linkki on: { $url }
share-new-tab = (avautuu uuteen välilehteen)

## Language switcher and honest translations
language-button = Kieli: { $language }
language-list = Lue tämä artikkeli kielellä
language-filter = Suodata kieliä
language-no-match = Ei vastaavia kieliä
language-current = nykyinen kieli
machine-translated = konekäännös
mt-notice = Konekäännös. Alkuperäinen kieli: { $language }.
mt-show-original = Lue alkuperäinen
mt-suspect = Tämä kohta voi olla käännetty väärin.
mt-original-show = Näytä alkuperäinen kohta
mt-original-label = Alkuperäinen ({ $language })

## Consent
consent-title = Tietosuojavalintasi
consent-intro = Tämä artikkeli voi näyttää sisältöä, joka edellyttää suostumustasi. Valitse, mitä sallit; voit muuttaa valintaa milloin tahansa kohdassa ”Tietosuoja-asetukset”.
consent-accept-all = Hyväksy kaikki
consent-reject-all = Hylkää kaikki
consent-choose = Valitse
consent-save = Tallenna valintani
consent-always-on = Aina käytössä
consent-necessary = Välttämättömät
consent-necessary-desc = Muistaa kielesi ja tämän tietosuojavalinnan. Mitään ei jaeta.
consent-advertising = Mainonta
consent-advertising-desc = Näyttää artikkelissa mainoksen mainoskumppanilta, jota { $publisher } käyttää. Mainoskumppani voi asettaa evästeitä.
consent-media = Upotettu sisältö
consent-media-desc = Toistaa artikkelissa videoita palveluista { $providers }, kun napsautat jotakin niistä. Nämä sivustot voivat asettaa evästeitä.
consent-gpc = Selaimesi pyytää sivustoja olemaan myymättä tai jakamatta tietojasi (Global Privacy Control), joten mainonta pysyy poissa käytöstä, ellet ota sitä käyttöön tästä.
consent-saved = Tietosuojavalintasi tallennettiin.
consent-settings = Tietosuoja-asetukset
ad-hidden = Mainos piilotettu — tietosuoja-asetukset

## Errors
error-title = Artikkelia ei voitu näyttää.
error-not-found = Artikkelia ei löytynyt.
error-network = Artikkelia ei voitu ladata. Tarkista yhteytesi.
error-timeout = Artikkelin lataaminen kesti liian kauan.
error-invalid = Artikkelin tiedot eivät ole kelvollisia.
error-missing-src = Tämä upotus ei kerro, mikä artikkeli näytetään.
error-read-on-site = Lue artikkeli julkaisijan sivustolla

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Jatka lukemista
more-hide = Näytä vähemmän
more-expanded = Artikkeli avattu kokonaan.
mastodon-server = Mastodon-palvelimesi
mastodon-hint = Vain sen nimi, esimerkiksi mastodon.social
mastodon-invalid = Tämä ei ole palvelimen nimi. Kirjoita vain nimi, esimerkiksi mastodon.social, ilman merkkejä https://, @ tai /.
mastodon-cancel = Peruuta
mastodon-change = Vaihda Mastodon-palvelin: { $server }
newsletter-heading = Uutiskirje
newsletter-signup = Tilaa julkaisijan { $publisher } uutiskirje

## Tables, galleries, players, posts and footnotes
table = Taulukko
gallery = Kuvagalleria
embed-play = Toista video palvelusta { $provider }
embed-video = Video palvelusta { $provider }
embed-open = Katso palvelussa { $provider }
embed-ask = Toistetaanko tämä video palvelusta { $provider }?
embed-ask-detail = Soitin ladataan osoitteesta { $host }, joka voi asettaa evästeitä. Lupa koskee kaikkia upotettuja videoita; voit muuttaa sitä kohdassa ”Tietosuoja-asetukset”.
embed-allow = Salli ja toista
embed-later = Ei nyt
embed-managed = Upotetut videot on poistettu käytöstä tämän sivuston tietosuoja-asetuksissa.
post-view = Katso julkaisu palvelussa { $network }
post-media = Liite: { $description }
footnotes = Alaviitteet
footnote-ref = Alaviite { $number }
footnote-back = Takaisin tekstiin

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Upota tämä artikkeli
embed-page-intro = Valitse asetukset, tarkista esikatselu ja kopioi sitten koodi sivullesi.
embed-page-no-script = Ilman JavaScriptiä alla ovat oletuskoodit, eivätkä asetukset ja esikatselu toimi.
embed-page-language = Kieli
embed-page-form = Muoto
embed-page-form-snippet = Valmiiksi piirretty katkelma
embed-page-form-iframe = Iframe
embed-page-form-element = Script-tagi valmiiksi piirretyn artikkelin kanssa
embed-page-form-one-tag = Yksi script-tagi
embed-page-form-url = Artikkelin linkki oEmbed-sivustoille, kuten WordPressiin
embed-page-theme = Teema
embed-page-theme-auto = Automaattinen
embed-page-theme-light = Vaalea
embed-page-theme-dark = Tumma
embed-page-share = Jakopainikkeet järjestyksessä (tyhjä: kaikki)
embed-page-share-hint = Nimet pilkuin eroteltuina, joukosta: { $names }
embed-page-share-params = Jaettujen linkkien parametrit
embed-page-share-params-hint = Esimerkiksi utm_source=blogini&utm_medium=embed
embed-page-max-height = ”Jatka lukemista” tämän korkeuden jälkeen, pikseleinä
embed-page-max-height-hint = Tyhjä: koko artikkeli.
embed-page-preview = Esikatselu
embed-page-code = Koodi
embed-page-copy = Kopioi koodi
embed-page-copied = Koodi kopioitiin.
embed-page-copy-keys = Koodi on valittu: kopioi se painamalla Ctrl+C (Macissa ⌘C).
embed-page-cost = Ensimmäinen näyttö: { $ratio } saman artikkelin ajasta pelkkänä HTML:nä hitaalla puhelimella.
embed-page-cost-unmeasured = Ensimmäinen näyttö: ei vielä mitattu.
embed-page-csp = Mitä Content-Security-Policy-käytäntösi tarvitsee
embed-page-url-note = Sivusto rakentaa kortin artikkelisivun oEmbed-linkistä: asetukset eivät koske sitä.
