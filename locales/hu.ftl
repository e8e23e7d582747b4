# UI strings of the article-embed widget: Hungarian (hu).

## Article chrome
follow-us = Kövessen minket
byline = Szerző: { $author }
published = Megjelent: { $date }
share-top = Megosztás:
share-bottom = A cikk megosztása:
advertisement = Hirdetés
trending = Népszerű
disclaimer-heading = A cikkről
loading = A cikk betöltése…

## Share buttons (network names are brands and stay untranslated)
share-native = Megosztás…
share-on = Megosztás itt: { $network }
share-email = Megosztás e-mailben
share-copy = Link másolása
share-copied = Link kimásolva
share-copy-failed = A másolás nem sikerült. A link: { $url }
share-new-tab = (új lapon nyílik meg)

## Language switcher and honest translations
language-button = Nyelv: { $language }
language-list = A cikk más nyelveken
language-filter = Nyelvek szűrése
language-no-match = Nincs egyező nyelv
language-current = jelenlegi nyelv
machine-translated = gépi fordítás
mt-notice = Gépi fordítás. Eredeti nyelv: { $language }.
mt-show-original = Az eredeti elolvasása
mt-suspect = Ez a részlet hibás fordítást tartalmazhat.
mt-original-show = Eredeti részlet megjelenítése
mt-original-label = Eredeti ({ $language })

## Consent
consent-title = Az Ön adatvédelmi döntései
consent-intro = Ez a cikk olyan tartalmat is megjeleníthet, amelyhez az Ön hozzájárulása szükséges. Válassza ki, mit engedélyez; ezt bármikor módosíthatja az „Adatvédelmi beállítások” alatt.
consent-accept-all = Összes elfogadása
consent-reject-all = Összes elutasítása
consent-choose = Választás
consent-save = Döntéseim mentése
consent-always-on = Mindig bekapcsolva
consent-necessary = Feltétlenül szükséges
consent-necessary-desc = Megjegyzi az Ön nyelvét és ezt az adatvédelmi döntést. Semmit nem oszt meg.
consent-advertising = Hirdetések
consent-advertising-desc = Hirdetést jelenít meg a cikkben a kiadó ({ $publisher }) hirdetési partnerétől. A hirdetési partner sütiket helyezhet el.
consent-media = Beágyazott tartalom
consent-media-desc = Lejátssza a cikkben a(z) { $providers } videóit, amikor rákattint egyre. Ezek a webhelyek sütiket helyezhetnek el.
consent-gpc = A böngészője arra kéri a webhelyeket, hogy ne adják el és ne osszák meg az adatait (Global Privacy Control), ezért a hirdetések kikapcsolva maradnak, hacsak itt be nem kapcsolja őket.
consent-saved = Adatvédelmi döntéseit elmentettük.
consent-settings = Adatvédelmi beállítások
ad-hidden = Hirdetés elrejtve — adatvédelmi beállítások

## Errors
error-title = Ez a cikk nem jeleníthető meg.
error-not-found = A cikk nem található.
error-network = A cikket nem sikerült betölteni. Ellenőrizze az internetkapcsolatot.
error-timeout = A cikk betöltése túl sokáig tartott.
error-invalid = A cikk adatai érvénytelenek.
error-missing-src = Ez a beágyazás nem adja meg, melyik cikket kell megjeleníteni.
error-read-on-site = A cikk elolvasása a kiadó webhelyén

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Tovább olvasom
more-hide = Kevesebb mutatása
more-expanded = A teljes cikk megjelenítve.
mastodon-server = Az Ön Mastodon-szervere
mastodon-hint = Csak a neve, például mastodon.social
mastodon-invalid = Ez nem szervernév. Csak a nevet írja be, például mastodon.social, https://, @ és / nélkül.
mastodon-cancel = Mégse
mastodon-change = Mastodon-szerver módosítása: { $server }
newsletter-heading = Hírlevél
newsletter-signup = Feliratkozás a(z) { $publisher } hírlevelére

## Tables, galleries, players, posts and footnotes
table = Táblázat
gallery = Fotógaléria
embed-play = Videó lejátszása innen: { $provider }
embed-video = Videó innen: { $provider }
embed-open = Megtekintés itt: { $provider }
embed-ask = Lejátssza ezt a videót innen: { $provider }?
embed-ask-detail = A lejátszó innen töltődik be: { $host }, amely sütiket helyezhet el. Az engedély minden beágyazott videóra vonatkozik; az „Adatvédelmi beállítások” alatt módosíthatja.
embed-allow = Engedélyezés és lejátszás
embed-later = Most nem
embed-managed = A beágyazott videók ki vannak kapcsolva a webhely adatvédelmi beállításaiban.
post-view = A bejegyzés megtekintése itt: { $network }
post-media = Csatolva: { $description }
footnotes = Lábjegyzetek
footnote-ref = { $number }. lábjegyzet
footnote-back = Vissza a szöveghez

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = A cikk beágyazása
embed-page-intro = Válassza ki a beállításokat, nézze meg az előnézetet, majd másolja a kódot az oldalára.
embed-page-no-script = JavaScript nélkül az alábbi kódok az alapértelmezettek, a beállítások és az előnézet pedig nem működnek.
embed-page-language = Nyelv
embed-page-form = Forma
embed-page-form-snippet = Előre megjelenített részlet
embed-page-form-iframe = Iframe
embed-page-form-element = Script címke az előre megjelenített cikkel
embed-page-form-one-tag = Egyetlen script címke
embed-page-form-url = A cikk linkje oEmbedet használó oldalakhoz, például a WordPresshez
embed-page-theme = Téma
embed-page-theme-auto = Automatikus
embed-page-theme-light = Világos
embed-page-theme-dark = Sötét
embed-page-share = Megosztógombok sorrendben (üres: mind)
embed-page-share-hint = Vesszővel elválasztott nevek, ezek közül: { $names }
embed-page-share-params = A megosztott linkek paraméterei
embed-page-share-params-hint = Például utm_source=blogom&utm_medium=embed
embed-page-max-height = „Tovább olvasom” e magasság után, képpontban
embed-page-max-height-hint = Üres: a teljes cikk.
embed-page-preview = Előnézet
embed-page-code = Kód
embed-page-copy = A kód másolása
embed-page-copied = A kód másolva.
embed-page-copy-keys = A kód ki van jelölve: a másoláshoz nyomja meg a Ctrl+C-t (Macen a ⌘C-t).
embed-page-cost = Első megjelenés: { $ratio } az ugyanazon cikk sima HTML-ként mért idejéhez képest, lassú telefonon.
embed-page-cost-unmeasured = Első megjelenés: még nincs mérve.
embed-page-csp = Amire a Content-Security-Policy szabályának szüksége van
embed-page-url-note = Az oldal a cikkoldal oEmbed-linkjéből készíti a kártyát: a beállítások nem vonatkoznak rá.
