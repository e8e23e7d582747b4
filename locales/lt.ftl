# UI strings of the article-embed widget: Lithuanian (lt).

## Article chrome
follow-us = Sekite mus
byline = Autorius: { $author }
published = Paskelbta { $date }
share-top = Dalytis:
share-bottom = Dalytis šiuo straipsniu:
advertisement = Reklama
trending = Populiaru
disclaimer-heading = Apie šį straipsnį
loading = Įkeliamas straipsnis…

## Share buttons (network names are brands and stay untranslated)
share-native = Dalytis…
share-on = Dalytis per { $network }
share-email = Siųsti el. paštu
share-copy = Kopijuoti nuorodą
share-copied = Nuoroda nukopijuota
share-copy-failed = Nepavyko nukopijuoti. Nuoroda: { $url }
share-new-tab = (atsidaro naujame skirtuke)

## Language switcher and honest translations
language-button = Kalba: { $language }
language-list = Skaityti šį straipsnį kalba
language-filter = Filtruoti kalbas
language-no-match = Atitinkančių kalbų nėra
language-current = dabartinė kalba
machine-translated = mašininis vertimas
mt-notice = Mašininis vertimas. Originalo kalba: { $language }.
mt-show-original = Skaityti originalą
mt-suspect = Ši ištrauka gali būti išversta netiksliai.
mt-original-show = Rodyti originalią ištrauką
mt-original-label = Originalas ({ $language })

## Consent
consent-title = Jūsų privatumo pasirinkimai
consent-intro = Šiame straipsnyje gali būti rodomas turinys, kuriam reikia jūsų sutikimo. Pasirinkite, ką leidžiate; tai bet kada galėsite pakeisti skiltyje „Privatumo nustatymai“.
consent-accept-all = Priimti viską
consent-reject-all = Atmesti viską
consent-choose = Pasirinkti
consent-save = Išsaugoti pasirinkimus
consent-always-on = Visada įjungta
consent-necessary = Būtinieji
consent-necessary-desc = Įsimena jūsų kalbą ir šį privatumo pasirinkimą. Niekuo nesidalijama.
consent-advertising = Reklama
consent-advertising-desc = Straipsnyje rodo leidėjo { $publisher } reklamos partnerio reklamą. Reklamos partneris gali įrašyti slapukus.
consent-media = Įterptasis turinys
consent-media-desc = Paleidžia straipsnyje esančius { $providers } vaizdo įrašus, kai spustelite vieną iš jų. Šios svetainės gali įrašyti slapukus.
consent-gpc = Jūsų naršyklė prašo svetainių neparduoti ir nebendrinti jūsų duomenų (Global Privacy Control), todėl reklama lieka išjungta, nebent ją įjungsite čia.
consent-saved = Jūsų privatumo pasirinkimai išsaugoti.
consent-settings = Privatumo nustatymai
ad-hidden = Reklama paslėpta — privatumo nustatymai

## Errors
error-title = Šio straipsnio nepavyko parodyti.
error-not-found = Straipsnis nerastas.
error-network = Straipsnio nepavyko įkelti. Patikrinkite ryšį.
error-timeout = Straipsnis įkeliamas per ilgai.
error-invalid = Straipsnio duomenys netinkami.
error-missing-src = Šiame įterpinyje nenurodyta, kurį straipsnį rodyti.
error-read-on-site = Skaityti straipsnį leidėjo svetainėje

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Skaityti toliau
more-hide = Rodyti mažiau
more-expanded = Straipsnis išskleistas.
mastodon-server = Jūsų „Mastodon“ serveris
mastodon-hint = Tik jo pavadinimas, pavyzdžiui, mastodon.social
mastodon-invalid = Tai ne serverio pavadinimas. Įrašykite tik pavadinimą, pavyzdžiui, mastodon.social, be https://, @ ar /.
mastodon-cancel = Atšaukti
mastodon-change = Keisti „Mastodon“ serverį: { $server }
newsletter-heading = Naujienlaiškis
newsletter-signup = Užsiprenumeruokite { $publisher } naujienlaiškį

## Tables, galleries, players, posts and footnotes
table = Lentelė
gallery = Nuotraukų galerija
embed-play = Paleisti vaizdo įrašą iš { $provider }
embed-video = Vaizdo įrašas iš { $provider }
embed-open = Žiūrėti { $provider }
embed-ask = Paleisti šį vaizdo įrašą iš { $provider }?
embed-ask-detail = Grotuvas įkeliamas iš { $host }, kuris gali įrašyti slapukus. Leidimas galioja visiems įterptiesiems vaizdo įrašams; jį galite pakeisti skiltyje „Privatumo nustatymai“.
embed-allow = Leisti ir paleisti
embed-later = Ne dabar
embed-managed = Įterptieji vaizdo įrašai išjungti šios svetainės privatumo nustatymuose.
post-view = Žiūrėti įrašą { $network }
post-media = Pridėta: { $description }
footnotes = Išnašos
footnote-ref = Išnaša { $number }
footnote-back = Grįžti į tekstą

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Įterpti šį straipsnį
embed-page-intro = Pasirinkite parinktis, peržiūrėkite ir nukopijuokite kodą į savo puslapį.
embed-page-no-script = Be JavaScript toliau pateikti numatytieji kodai, o parinktys ir peržiūra neveikia.
embed-page-language = Kalba
embed-page-form = Forma
embed-page-form-snippet = Iš anksto atvaizduota ištrauka
embed-page-form-iframe = Iframe
embed-page-form-element = Script žymė su iš anksto atvaizduotu straipsniu
embed-page-form-one-tag = Viena script žymė
embed-page-form-url = Straipsnio nuoroda oEmbed svetainėms, pvz., WordPress
embed-page-theme = Tema
embed-page-theme-auto = Automatinė
embed-page-theme-light = Šviesi
embed-page-theme-dark = Tamsi
embed-page-share = Bendrinimo mygtukai iš eilės (tuščia: visi)
embed-page-share-hint = Pavadinimai, atskirti kableliais, iš: { $names }
embed-page-share-params = Bendrinamų nuorodų parametrai
embed-page-share-params-hint = Pavyzdžiui, utm_source=manotinklarastis&utm_medium=embed
embed-page-max-height = „Skaityti toliau“ po šio aukščio, pikseliais
embed-page-max-height-hint = Tuščia: visas straipsnis.
embed-page-preview = Peržiūra
embed-page-code = Kodas
embed-page-copy = Kopijuoti kodą
embed-page-copied = Kodas nukopijuotas.
embed-page-copy-keys = Kodas pažymėtas: paspauskite Ctrl+C (⌘C „Mac“ kompiuteryje), kad jį nukopijuotumėte.
embed-page-cost = Pirmas rodymas: { $ratio } to paties straipsnio kaip paprasto HTML laiko lėtame telefone.
embed-page-cost-unmeasured = Pirmas rodymas: dar neišmatuotas.
embed-page-csp = Ko reikia jūsų Content-Security-Policy
embed-page-url-note = Svetainė sukuria kortelę iš straipsnio puslapio oEmbed nuorodos: parinktys jai netaikomos.
