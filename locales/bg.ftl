# UI strings of the article-embed widget: Bulgarian (bg).

## Article chrome
follow-us = Последвайте ни
byline = Автор: { $author }
published = Публикувано на { $date }
share-top = Споделяне:
share-bottom = Споделете тази статия:
advertisement = Реклама
trending = Популярни
disclaimer-heading = За тази статия
loading = Статията се зарежда…

## Share buttons (network names are brands and stay untranslated)
share-native = Споделяне…
share-on = Споделяне чрез { $network }
share-email = Споделяне по имейл
share-copy = Копиране на връзката
share-copied = Връзката е копирана
share-copy-failed = Копирането не бе успешно. Връзката е: { $url }
share-new-tab = (отваря се в нов раздел)

## Language switcher and honest translations
language-button = Език: { $language }
language-list = Тази статия на други езици
language-filter = Филтриране на езиците
language-no-match = Няма съвпадащ език
language-current = текущ език
machine-translated = машинен превод
mt-notice = Машинен превод. Оригинален език: { $language }.
mt-show-original = Прочетете оригинала
mt-suspect = Този пасаж може да е преведен неточно.
mt-original-show = Показване на оригиналния пасаж
mt-original-label = Оригинал ({ $language })

## Consent
consent-title = Вашият избор за поверителност
consent-intro = Тази статия може да показва съдържание, за което е необходимо вашето съгласие. Изберете какво разрешавате; можете да промените избора си по всяко време от „Настройки за поверителност“.
consent-accept-all = Приемане на всички
consent-reject-all = Отхвърляне на всички
consent-choose = Избор
consent-save = Запазване на избора
consent-always-on = Винаги включено
consent-necessary = Строго необходими
consent-necessary-desc = Запомня вашия език и този избор за поверителност. Нищо не се споделя.
consent-advertising = Реклама
consent-advertising-desc = Показва в статията реклама от рекламния партньор на { $publisher }. Рекламният партньор може да задава бисквитки.
consent-media = Вградено съдържание
consent-media-desc = Възпроизвежда в статията видеоклипове от { $providers }, когато щракнете върху някой от тях. Тези сайтове може да задават бисквитки.
consent-gpc = Браузърът ви изисква от сайтовете да не продават и да не споделят данните ви (Global Privacy Control), затова рекламата остава изключена, освен ако не я включите тук.
consent-saved = Изборът ви за поверителност е запазен.
consent-settings = Настройки за поверителност
ad-hidden = Рекламата е скрита — настройки за поверителност

## Errors
error-title = Тази статия не може да бъде показана.
error-not-found = Статията не е намерена.
error-network = Статията не можа да се зареди. Проверете връзката си.
error-timeout = Зареждането на статията отне твърде много време.
error-invalid = Данните на статията не са валидни.
error-missing-src = Този вграден елемент не посочва коя статия да се покаже.
error-read-on-site = Прочетете статията на сайта на издателя

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Продължете да четете
more-hide = Покажи по-малко
more-expanded = Статията е разгъната.
mastodon-server = Вашият сървър в Mastodon
mastodon-hint = Само името му, например mastodon.social
mastodon-invalid = Това не е име на сървър. Въведете само името, например mastodon.social, без https://, @ или /.
mastodon-cancel = Отказ
mastodon-change = Смяна на сървъра в Mastodon: { $server }
newsletter-heading = Бюлетин
newsletter-signup = Абонирайте се за бюлетина на { $publisher }

## Tables, galleries, players, posts and footnotes
table = Таблица
gallery = Фотогалерия
embed-play = Пускане на видео от { $provider }
embed-video = Видео от { $provider }
embed-open = Гледайте в { $provider }
embed-ask = Да се пусне ли това видео от { $provider }?
embed-ask-detail = Плейърът се зарежда от { $host }, който може да задава бисквитки. Разрешението важи за всички вградени видеоклипове; можете да го промените от „Настройки за поверителност“.
embed-allow = Разрешаване и пускане
embed-later = Не сега
embed-managed = Вградените видеоклипове са изключени в настройките за поверителност на този сайт.
post-view = Вижте публикацията в { $network }
post-media = Прикачено: { $description }
footnotes = Бележки под линия
footnote-ref = Бележка { $number }
footnote-back = Обратно към текста

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Вграждане на тази статия
embed-page-intro = Изберете настройките, проверете прегледа и копирайте кода в страницата си.
embed-page-no-script = Без JavaScript кодовете по-долу са стандартните, а настройките и прегледът не работят.
embed-page-language = Език
embed-page-form = Форма
embed-page-form-snippet = Предварително изобразен фрагмент
embed-page-form-iframe = Iframe
embed-page-form-element = Таг script с предварително изобразената статия
embed-page-form-one-tag = Един таг script
embed-page-form-url = Връзка към статията за сайтове с oEmbed, като WordPress
embed-page-theme = Тема
embed-page-theme-auto = Автоматично
embed-page-theme-light = Светла
embed-page-theme-dark = Тъмна
embed-page-share = Бутони за споделяне, по ред (празно: всички)
embed-page-share-hint = Имена, разделени със запетаи, измежду: { $names }
embed-page-share-params = Параметри на споделените връзки
embed-page-share-params-hint = Например utm_source=moyatblog&utm_medium=embed
embed-page-max-height = „Прочетете още“ след тази височина, в пиксели
embed-page-max-height-hint = Празно: цялата статия.
embed-page-preview = Преглед
embed-page-code = Код
embed-page-copy = Копиране на кода
embed-page-copied = Кодът е копиран.
embed-page-copy-keys = Кодът е избран: натиснете Ctrl+C (⌘C на Mac), за да го копирате.
embed-page-cost = Първо показване: { $ratio } от времето на същата статия като обикновен HTML, на бавен телефон.
embed-page-cost-unmeasured = Първо показване: още не е измерено.
embed-page-csp = Какво е нужно на вашата Content-Security-Policy
embed-page-url-note = Сайтът създава картата от връзката oEmbed на страницата на статията: настройките не се прилагат.
