# UI strings of the article-embed widget: Slovak (sk).

## Article chrome
follow-us = Sledujte nás
byline = Autor: { $author }
published = Publikované { $date }
share-top = Zdieľať:
share-bottom = Zdieľať tento článok:
advertisement = Reklama
trending = Populárne
disclaimer-heading = O tomto článku
loading = Načítava sa článok…

## Share buttons (network names are brands and stay untranslated)
share-native = Zdieľať…
share-on = Zdieľať cez { $network }
share-email = Zdieľať e-mailom
share-copy = Kopírovať odkaz
share-copied = Odkaz skopírovaný
share-copy-failed = Kopírovanie zlyhalo. Odkaz: { $url }
share-new-tab = (otvorí sa na novej karte)

## Language switcher and honest translations
language-button = Jazyk: { $language }
language-list = Tento článok v iných jazykoch
language-filter = Filtrovať jazyky
language-no-match = Žiadny jazyk nezodpovedá
language-current = aktuálny jazyk
machine-translated = strojovo preložené
mt-notice = Strojový preklad. Pôvodný jazyk: { $language }.
mt-show-original = Čítať originál
mt-suspect = Táto pasáž môže byť preložená nesprávne.
mt-original-show = Zobraziť pôvodnú pasáž
mt-original-label = Originál ({ $language })

## Consent
consent-title = Vaše voľby ochrany súkromia
consent-intro = Tento článok môže zobrazovať obsah, ktorý vyžaduje váš súhlas. Vyberte, čo povolíte; kedykoľvek to môžete zmeniť v časti „Nastavenia súkromia“.
consent-accept-all = Prijať všetko
consent-reject-all = Odmietnuť všetko
consent-choose = Vybrať
consent-save = Uložiť moje voľby
consent-always-on = Vždy zapnuté
consent-necessary = Nevyhnutne potrebné
consent-necessary-desc = Pamätá si váš jazyk a túto voľbu ochrany súkromia. Nič sa nezdieľa.
consent-advertising = Reklama
consent-advertising-desc = Zobrazuje v článku reklamu od reklamného partnera webu { $publisher }. Reklamný partner môže ukladať súbory cookie.
consent-media = Vložený obsah
consent-media-desc = Prehráva v článku videá z { $providers }, keď na niektoré kliknete. Tieto stránky môžu ukladať súbory cookie.
consent-gpc = Váš prehliadač žiada weby, aby nepredávali ani nezdieľali vaše údaje (Global Privacy Control), preto reklama zostane vypnutá, kým ju tu nezapnete.
consent-saved = Vaše voľby ochrany súkromia boli uložené.
consent-settings = Nastavenia súkromia
ad-hidden = Reklama skrytá — nastavenia súkromia

## Errors
error-title = Tento článok nie je možné zobraziť.
error-not-found = Článok sa nenašiel.
error-network = Článok sa nepodarilo načítať. Skontrolujte pripojenie.
error-timeout = Načítanie článku trvalo príliš dlho.
error-invalid = Údaje článku nie sú platné.
error-missing-src = Tento vložený prvok neuvádza, ktorý článok sa má zobraziť.
error-read-on-site = Prečítať článok na webe vydavateľa

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Pokračovať v čítaní
more-hide = Zobraziť menej
more-expanded = Článok je rozbalený.
mastodon-server = Váš server Mastodon
mastodon-hint = Iba jeho názov, napríklad mastodon.social
mastodon-invalid = To nie je názov servera. Zadajte iba názov, napríklad mastodon.social, bez https://, @ alebo /.
mastodon-cancel = Zrušiť
mastodon-change = Zmeniť server Mastodon: { $server }
newsletter-heading = Newsletter
newsletter-signup = Prihláste sa na odber newslettera { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabuľka
gallery = Fotogaléria
embed-play = Prehrať video z { $provider }
embed-video = Video z { $provider }
embed-open = Pozrieť na { $provider }
embed-ask = Prehrať toto video z { $provider }?
embed-ask-detail = Prehrávač sa načíta z { $host }, ktorý môže ukladať súbory cookie. Povolenie platí pre všetky vložené videá; môžete ho zmeniť v časti „Nastavenia súkromia“.
embed-allow = Povoliť a prehrať
embed-later = Teraz nie
embed-managed = Vložené videá sú v nastaveniach súkromia tejto stránky vypnuté.
post-view = Zobraziť príspevok na { $network }
post-media = Príloha: { $description }
footnotes = Poznámky pod čiarou
footnote-ref = Poznámka { $number }
footnote-back = Späť na text

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Vložiť tento článok
embed-page-intro = Vyberte možnosti, skontrolujte náhľad a potom skopírujte kód do svojej stránky.
embed-page-no-script = Bez JavaScriptu sú kódy nižšie predvolené a možnosti ani náhľad nefungujú.
embed-page-language = Jazyk
embed-page-form = Forma
embed-page-form-snippet = Vopred vykreslený úryvok
embed-page-form-iframe = Iframe
embed-page-form-element = Značka script s vopred vykresleným článkom
embed-page-form-one-tag = Jediná značka script
embed-page-form-url = Odkaz na článok pre weby s oEmbed, napríklad WordPress
embed-page-theme = Motív
embed-page-theme-auto = Automaticky
embed-page-theme-light = Svetlý
embed-page-theme-dark = Tmavý
embed-page-share = Tlačidlá zdieľania v poradí (prázdne: všetky)
embed-page-share-hint = Názvy oddelené čiarkami, z: { $names }
embed-page-share-params = Parametre zdieľaných odkazov
embed-page-share-params-hint = Napríklad utm_source=mojblog&utm_medium=embed
embed-page-max-height = „Čítať ďalej“ od tejto výšky, v pixeloch
embed-page-max-height-hint = Prázdne: celý článok.
embed-page-preview = Náhľad
embed-page-code = Kód
embed-page-copy = Skopírovať kód
embed-page-copied = Kód bol skopírovaný.
embed-page-copy-keys = Kód je označený: stlačte Ctrl+C (⌘C na Macu) a skopírujte ho.
embed-page-cost = Prvé zobrazenie: { $ratio } času toho istého článku ako čisté HTML, na pomalom telefóne.
embed-page-cost-unmeasured = Prvé zobrazenie: zatiaľ nemerané.
embed-page-csp = Čo potrebuje vaša Content-Security-Policy
embed-page-url-note = Web zostaví kartu z odkazu oEmbed na stránke článku: možnosti sa na ňu nevzťahujú.
