# UI strings of the article-embed widget: Irish (ga).

## Article chrome
follow-us = Lean muid
byline = Le { $author }
published = Foilsithe: { $date }
share-top = Roinn:
share-bottom = Roinn an t-alt seo:
advertisement = Fógra
trending = Is mó tóir
disclaimer-heading = Faoin alt seo
loading = An t-alt á lódáil…

## Share buttons (network names are brands and stay untranslated)
share-native = Roinn…
share-on = Roinn ar { $network }
share-email = Roinn trí ríomhphost
share-copy = Cóipeáil an nasc
share-copied = Nasc cóipeáilte
share-copy-failed = Níorbh fhéidir cóipeáil. Seo é an nasc: { $url }
share-new-tab = (osclaítear i gcluaisín nua é)

## Language switcher and honest translations
language-button = Teanga: { $language }
language-list = Léigh an t-alt seo sna teangacha seo
language-filter = Scag teangacha
language-no-match = Níl aon teanga ag teacht leis
language-current = an teanga reatha
machine-translated = aistriúchán meaisín
mt-notice = Aistriúchán meaisín. Bunteanga: { $language }.
mt-show-original = Léigh an bunleagan
mt-suspect = D’fhéadfadh an sliocht seo a bheith aistrithe go mícheart.
mt-original-show = Taispeáin an sliocht bunaidh
mt-original-label = Bunleagan ({ $language })

## Consent
consent-title = Do roghanna príobháideachais
consent-intro = Is féidir leis an alt seo ábhar a thaispeáint a dteastaíonn do thoiliú uaidh. Roghnaigh cad a cheadaíonn tú; is féidir leat é a athrú am ar bith faoi “Socruithe príobháideachais”.
consent-accept-all = Glac le gach rud
consent-reject-all = Diúltaigh do gach rud
consent-choose = Roghnaigh
consent-save = Sábháil mo roghanna
consent-always-on = Ar siúl i gcónaí
consent-necessary = Fíorriachtanach
consent-necessary-desc = Cuimhníonn sé ar do theanga agus ar an rogha príobháideachais seo. Ní roinntear aon rud.
consent-advertising = Fógraíocht
consent-advertising-desc = Taispeántar fógra ó pháirtí fógraíochta de chuid { $publisher } san alt. D’fhéadfadh an páirtí fógraíochta fianáin a shocrú.
consent-media = Ábhar leabaithe
consent-media-desc = Seinntear físeáin ó { $providers } san alt nuair a chliceálann tú ar cheann acu. Féadfaidh na suíomhanna sin fianáin a shocrú.
consent-gpc = Iarrann do bhrabhsálaí ar shuíomhanna gan do shonraí a dhíol ná a roinnt (Global Privacy Control), mar sin fanann an fhógraíocht múchta mura gcuireann tú ar siúl anseo í.
consent-saved = Sábháladh do roghanna príobháideachais.
consent-settings = Socruithe príobháideachais
ad-hidden = Fógra folaithe — socruithe príobháideachais

## Errors
error-title = Níorbh fhéidir an t-alt seo a thaispeáint.
error-not-found = Níor aimsíodh an t-alt.
error-network = Níorbh fhéidir an t-alt a lódáil. Seiceáil do nasc.
error-timeout = Thóg sé rófhada an t-alt a lódáil.
error-invalid = Níl sonraí an ailt bailí.
error-missing-src = Ní deir an leabú seo cén t-alt atá le taispeáint.
error-read-on-site = Léigh an t-alt ar shuíomh an fhoilsitheora

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Lean ort ag léamh
more-hide = Taispeáin níos lú
more-expanded = Alt leathnaithe.
mastodon-server = Do fhreastalaí Mastodon
mastodon-hint = A ainm amháin, mar shampla mastodon.social
mastodon-invalid = Ní ainm freastalaí é sin. Clóscríobh an t-ainm amháin, mar shampla mastodon.social, gan https://, @ ná /.
mastodon-cancel = Cealaigh
mastodon-change = Athraigh freastalaí Mastodon: { $server }
newsletter-heading = Nuachtlitir
newsletter-signup = Cláraigh le haghaidh nuachtlitir { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tábla
gallery = Gailearaí grianghraf
embed-play = Seinn físeán ó { $provider }
embed-video = Físeán ó { $provider }
embed-open = Féach air ar { $provider }
embed-ask = An seinnfear an físeán seo ó { $provider }?
embed-ask-detail = Lódáiltear an seinnteoir ó { $host }, a fhéadfaidh fianáin a shocrú. Baineann an cead le gach físeán leabaithe; is féidir leat é a athrú faoi “Socruithe príobháideachais”.
embed-allow = Ceadaigh agus seinn
embed-later = Ní anois
embed-managed = Tá físeáin leabaithe múchta i socruithe príobháideachais an tsuímh seo.
post-view = Féach ar an bpostáil ar { $network }
post-media = Ceangailte: { $description }
footnotes = Fonótaí
footnote-ref = Fonóta { $number }
footnote-back = Ar ais go dtí an téacs

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Leabaigh an t-alt seo
embed-page-intro = Roghnaigh na roghanna, seiceáil an réamhamharc, ansin cóipeáil an cód isteach i do leathanach.
embed-page-no-script = Gan JavaScript, is iad na cóid thíos na cóid réamhshocraithe, agus ní oibríonn na roghanna ná an réamhamharc.
embed-page-language = Teanga
embed-page-form = Foirm
embed-page-form-snippet = Sliocht réamhrindreáilte
embed-page-form-iframe = Iframe
embed-page-form-element = Clib script leis an alt réamhrindreáilte
embed-page-form-one-tag = Clib script amháin
embed-page-form-url = Nasc an ailt do shuíomhanna oEmbed ar nós WordPress
embed-page-theme = Téama
embed-page-theme-auto = Uathoibríoch
embed-page-theme-light = Geal
embed-page-theme-dark = Dorcha
embed-page-share = Cnaipí comhroinnte, in ord (folamh: iad go léir)
embed-page-share-hint = Ainmneacha scartha le camóga, as: { $names }
embed-page-share-params = Paraiméadair do naisc chomhroinnte
embed-page-share-params-hint = Mar shampla utm_source=mobhlag&utm_medium=embed
embed-page-max-height = “Lean ort ag léamh” tar éis na hairde seo, i bpicteilíní
embed-page-max-height-hint = Folamh: an t-alt ar fad.
embed-page-preview = Réamhamharc
embed-page-code = Cód
embed-page-copy = Cóipeáil an cód
embed-page-copied = Cóipeáladh an cód.
embed-page-copy-keys = Tá an cód roghnaithe: brúigh Ctrl+C (⌘C ar Mac) chun é a chóipeáil.
embed-page-cost = An chéad taispeáint: { $ratio } an ama a thógann an t-alt céanna mar HTML simplí, ar fhón mall.
embed-page-cost-unmeasured = An chéad taispeáint: gan tomhas fós.
embed-page-csp = An méid a theastaíonn ó do Content-Security-Policy
embed-page-url-note = Tógann an suíomh an cárta ó nasc oEmbed leathanach an ailt: ní bhaineann na roghanna leis.
