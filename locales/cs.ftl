# UI strings of the article-embed widget: Czech (cs).

## Article chrome
follow-us = Sledujte nás
byline = Autor: { $author }
published = Publikováno { $date }
share-top = Sdílet:
share-bottom = Sdílet tento článek:
advertisement = Reklama
trending = Populární
disclaimer-heading = O tomto článku
loading = Načítání článku…

## Share buttons (network names are brands and stay untranslated)
share-native = Sdílet…
share-on = Sdílet přes { $network }
share-email = Sdílet e-mailem
share-copy = Kopírovat odkaz
share-copied = Odkaz zkopírován
share-copy-failed = Kopírování se nezdařilo. Odkaz: { $url }
share-new-tab = (otevře se na nové kartě)

## Language switcher and honest translations
language-button = Jazyk: { $language }
language-list = Tento článek v jiných jazycích
language-filter = Filtrovat jazyky
language-no-match = Žádný jazyk neodpovídá
language-current = aktuální jazyk
machine-translated = strojově přeloženo
mt-notice = Strojový překlad. Původní jazyk: { $language }.
mt-show-original = Číst originál
mt-suspect = Tato pasáž může být přeložena chybně.
mt-original-show = Zobrazit původní pasáž
mt-original-label = Originál ({ $language })

## Consent
consent-title = Vaše volby ochrany soukromí
consent-intro = Tento článek může zobrazovat obsah, který vyžaduje váš souhlas. Vyberte, co povolíte; kdykoli to můžete změnit v části „Nastavení soukromí“.
consent-accept-all = Přijmout vše
consent-reject-all = Odmítnout vše
consent-choose = Vybrat
consent-save = Uložit mé volby
consent-always-on = Vždy zapnuto
consent-necessary = Nezbytně nutné
consent-necessary-desc = Pamatuje si váš jazyk a tuto volbu ochrany soukromí. Nic se nesdílí.
consent-advertising = Reklama
consent-advertising-desc = Zobrazuje v článku reklamu od reklamního partnera webu { $publisher }. Reklamní partner může ukládat soubory cookie.
consent-media = Vložený obsah
consent-media-desc = Přehrává v článku videa z { $providers }, když na některé kliknete. Tyto weby mohou ukládat soubory cookie.
consent-gpc = Váš prohlížeč žádá weby, aby neprodávaly ani nesdílely vaše údaje (Global Privacy Control), takže reklama zůstane vypnutá, dokud ji zde nezapnete.
consent-saved = Vaše volby ochrany soukromí byly uloženy.
consent-settings = Nastavení soukromí
ad-hidden = Reklama skryta — nastavení soukromí

## Errors
error-title = Tento článek nelze zobrazit.
error-not-found = Článek nebyl nalezen.
error-network = Článek se nepodařilo načíst. Zkontrolujte připojení.
error-timeout = Načítání článku trvalo příliš dlouho.
error-invalid = Data článku nejsou platná.
error-missing-src = Tento vložený prvek neuvádí, který článek zobrazit.
error-read-on-site = Přečíst článek na webu vydavatele

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Pokračovat ve čtení
more-hide = Zobrazit méně
more-expanded = Článek je rozbalen.
mastodon-server = Váš server Mastodon
mastodon-hint = Jen jeho název, například mastodon.social
mastodon-invalid = To není název serveru. Zadejte jen název, například mastodon.social, bez https://, @ nebo /.
mastodon-cancel = Zrušit
mastodon-change = Změnit server Mastodon: { $server }
newsletter-heading = Zpravodaj
newsletter-signup = Přihlaste se k odběru zpravodaje { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabulka
gallery = Fotogalerie
embed-play = Přehrát video z { $provider }
embed-video = Video z { $provider }
embed-open = Podívat se na { $provider }
embed-ask = Přehrát toto video z { $provider }?
embed-ask-detail = Přehrávač se načte z { $host }, který může ukládat soubory cookie. Povolení platí pro všechna vložená videa; můžete ho změnit v části „Nastavení soukromí“.
embed-allow = Povolit a přehrát
embed-later = Teď ne
embed-managed = Vložená videa jsou v nastavení soukromí tohoto webu vypnutá.
post-view = Zobrazit příspěvek na { $network }
post-media = Příloha: { $description }
footnotes = Poznámky pod čarou
footnote-ref = Poznámka { $number }
footnote-back = Zpět na text

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Vložit tento článek
embed-page-intro = Vyberte možnosti, zkontrolujte náhled a pak zkopírujte kód do své stránky.
embed-page-no-script = Bez JavaScriptu jsou kódy níže výchozí a možnosti ani náhled nefungují.
embed-page-language = Jazyk
embed-page-form = Forma
embed-page-form-snippet = Předem vykreslený úryvek
embed-page-form-iframe = Iframe
embed-page-form-element = Značka script s předem vykresleným článkem
embed-page-form-one-tag = Jediná značka script
embed-page-form-url = Odkaz na článek pro weby s oEmbed, například WordPress
embed-page-theme = Motiv
embed-page-theme-auto = Automaticky
embed-page-theme-light = Světlý
embed-page-theme-dark = Tmavý
embed-page-share = Tlačítka sdílení v pořadí (prázdné: všechna)
embed-page-share-hint = Názvy oddělené čárkami, z: { $names }
embed-page-share-params = Parametry sdílených odkazů
embed-page-share-params-hint = Například utm_source=mujblog&utm_medium=embed
embed-page-max-height = „Číst dál“ od této výšky, v pixelech
embed-page-max-height-hint = Prázdné: celý článek.
embed-page-preview = Náhled
embed-page-code = Kód
embed-page-copy = Zkopírovat kód
embed-page-copied = Kód byl zkopírován.
embed-page-copy-keys = Kód je vybraný: stiskněte Ctrl+C (⌘C na Macu) a zkopírujte ho.
embed-page-cost = První zobrazení: { $ratio } času stejného článku jako prosté HTML, na pomalém telefonu.
embed-page-cost-unmeasured = První zobrazení: zatím neměřeno.
embed-page-csp = Co potřebuje vaše Content-Security-Policy
embed-page-url-note = Web sestaví kartu z odkazu oEmbed na stránce článku: možnosti se na ni nevztahují.
