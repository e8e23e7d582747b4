# UI strings of the article-embed widget: Kazakh (kk).

## Article chrome
follow-us = Бізге жазылыңыз
byline = Авторы: { $author }
published = Жарияланды: { $date }
share-top = Бөлісу:
share-bottom = Мақаламен бөлісу:
advertisement = Жарнама
trending = Танымал
disclaimer-heading = Мақала туралы
loading = Мақала жүктелуде…

## Share buttons (network names are brands and stay untranslated)
share-native = Бөлісу…
share-on = { $network } арқылы бөлісу
share-email = Электрондық поштамен бөлісу
share-copy = Сілтемені көшіру
share-copied = Сілтеме көшірілді
share-copy-failed = Көшіру мүмкін болмады. Сілтеме: { $url }
share-new-tab = (жаңа қойындыда ашылады)

## Language switcher and honest translations
language-button = Тіл: { $language }
language-list = Мақаланы мына тілдерде оқу
language-filter = Тілдерді сүзу
language-no-match = Сәйкес тіл табылмады
language-current = ағымдағы тіл
machine-translated = машиналық аударма
mt-notice = Машиналық аударма. Түпнұсқа тілі: { $language }.
mt-show-original = Түпнұсқаны оқу
mt-suspect = Бұл үзінді қате аударылған болуы мүмкін.
mt-original-show = Түпнұсқа үзіндіні көрсету
mt-original-label = Түпнұсқа ({ $language })

## Consent
consent-title = Құпиялылық таңдауларыңыз
consent-intro = Бұл мақалада сіздің келісіміңізді қажет ететін мазмұн көрсетілуі мүмкін. Нені рұқсат ететініңізді таңдаңыз; оны кез келген уақытта «Құпиялылық параметрлері» бөлімінде өзгерте аласыз.
consent-accept-all = Барлығын қабылдау
consent-reject-all = Барлығынан бас тарту
consent-choose = Таңдау
consent-save = Таңдауымды сақтау
consent-always-on = Әрқашан қосулы
consent-necessary = Қатаң қажетті
consent-necessary-desc = Тіліңізді және осы құпиялылық таңдауын есте сақтайды. Ешқандай дерек ешкімге берілмейді.
consent-advertising = Жарнама
consent-advertising-desc = Мақалада { $publisher } жарнама серіктесінің жарнамасын көрсетеді. Жарнама серіктесі cookie файлдарын орната алады.
consent-media = Енгізілген мазмұн
consent-media-desc = Біреуін бассаңыз, мақаладағы { $providers } бейнелерін ойнатады. Бұл сайттар cookie файлдарын орната алады.
consent-gpc = Браузеріңіз сайттардан деректеріңізді сатпауды әрі бөліспеуді сұрайды (Global Privacy Control), сондықтан жарнаманы осы жерде өзіңіз қоспасаңыз, ол өшірулі қалады.
consent-saved = Құпиялылық таңдауларыңыз сақталды.
consent-settings = Құпиялылық параметрлері
ad-hidden = Жарнама жасырылды — құпиялылық параметрлері

## Errors
error-title = Бұл мақаланы көрсету мүмкін болмады.
error-not-found = Мақала табылмады.
error-network = Мақаланы жүктеу мүмкін болмады. Байланысыңызды тексеріңіз.
error-timeout = Мақаланы жүктеу тым ұзаққа созылды.
error-invalid = Мақала деректері жарамсыз.
error-missing-src = Бұл ендірмеде қай мақаланы көрсету керектігі көрсетілмеген.
error-read-on-site = Мақаланы баспагердің сайтынан оқу

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Әрі қарай оқу
more-hide = Азырақ көрсету
more-expanded = Мақала толық ашылды.
mastodon-server = Сіздің Mastodon серверіңіз
mastodon-hint = Тек атауы, мысалы mastodon.social
mastodon-invalid = Бұл сервер атауы емес. Тек атауын жазыңыз, мысалы mastodon.social, https://, @ немесе / белгілерінсіз.
mastodon-cancel = Бас тарту
mastodon-change = Mastodon серверін өзгерту: { $server }
newsletter-heading = Жаңалықтар таратылымы
newsletter-signup = { $publisher } жаңалықтар таратылымына жазылу

## Tables, galleries, players, posts and footnotes
table = Кесте
gallery = Фотогалерея
embed-play = { $provider } бейнесін ойнату
embed-video = { $provider } бейнесі
embed-open = { $provider } сайтында көру
embed-ask = Бұл { $provider } бейнесін ойнату керек пе?
embed-ask-detail = Ойнатқыш { $host } сайтынан жүктеледі, ол cookie файлдарын орната алады. Рұқсат барлық енгізілген бейнелерге қолданылады; оны «Құпиялылық параметрлері» бөлімінде өзгерте аласыз.
embed-allow = Рұқсат беру және ойнату
embed-later = Қазір емес
embed-managed = Бұл сайттың құпиялылық параметрлерінде енгізілген бейнелер өшірілген.
post-view = Жазбаны { $network } желісінде көру
post-media = Тіркелген: { $description }
footnotes = Ескертпелер
footnote-ref = { $number }-ескертпе
footnote-back = Мәтінге оралу

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Осы мақаланы ендіру
embed-page-intro = Параметрлерді таңдап, алдын ала қарауды тексеріңіз, содан кейін кодты өз бетіңізге көшіріңіз.
embed-page-no-script = JavaScript болмаса, төмендегі кодтар әдепкі кодтар болады, ал параметрлер мен алдын ала қарау жұмыс істемейді.
embed-page-language = Тіл
embed-page-form = Пішін
embed-page-form-snippet = Алдын ала көрсетілген үзінді
embed-page-form-iframe = Iframe
embed-page-form-element = Алдын ала көрсетілген мақаласы бар script тегі
embed-page-form-one-tag = Бір ғана script тегі
embed-page-form-url = WordPress сияқты oEmbed сайттарына арналған мақала сілтемесі
embed-page-theme = Тақырып
embed-page-theme-auto = Автоматты
embed-page-theme-light = Ашық
embed-page-theme-dark = Күңгірт
embed-page-share = Бөлісу түймелері, ретімен (бос: барлығы)
embed-page-share-hint = Үтірмен бөлінген атаулар, мыналардан: { $names }
embed-page-share-params = Бөлісілген сілтемелердің параметрлері
embed-page-share-params-hint = Мысалы utm_source=myblog&utm_medium=embed
embed-page-max-height = Осы биіктіктен кейін «Әрі қарай оқу», пиксельмен
embed-page-max-height-hint = Бос: бүкіл мақала.
embed-page-preview = Алдын ала қарау
embed-page-code = Код
embed-page-copy = Кодты көшіру
embed-page-copied = Код көшірілді.
embed-page-copy-keys = Код белгіленді: көшіру үшін Ctrl+C (Mac-та ⌘C) басыңыз.
embed-page-cost = Алғашқы көрсету: баяу телефонда сол мақаланың қарапайым HTML уақытының { $ratio } еселігі.
embed-page-cost-unmeasured = Алғашқы көрсету: әлі өлшенген жоқ.
embed-page-csp = Content-Security-Policy саясатыңызға не қажет
embed-page-url-note = Сайт картаны мақала бетіндегі oEmbed сілтемесінен құрастырады: параметрлер оған қолданылмайды.
