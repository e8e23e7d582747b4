# UI strings of the article-embed widget: Ukrainian (uk).

## Article chrome
follow-us = Стежте за нами
byline = Автор: { $author }
published = Опубліковано { $date }
share-top = Поділитися:
share-bottom = Поділитися статтею:
advertisement = Реклама
trending = Популярне
disclaimer-heading = Про цю статтю
loading = Завантаження статті…

## Share buttons (network names are brands and stay untranslated)
share-native = Поділитися…
share-on = Поділитися в { $network }
share-email = Надіслати електронною поштою
share-copy = Копіювати посилання
share-copied = Посилання скопійовано
share-copy-failed = Не вдалося скопіювати. Посилання: { $url }
share-new-tab = (відкриється в новій вкладці)

## Language switcher and honest translations
language-button = Мова: { $language }
language-list = Читати статтю мовою
language-filter = Пошук мови
language-no-match = Немає відповідних мов
language-current = поточна мова
machine-translated = машинний переклад
mt-notice = Машинний переклад. Мова оригіналу: { $language }.
mt-show-original = Читати оригінал
mt-suspect = Цей фрагмент може бути перекладено неточно.
mt-original-show = Показати оригінал фрагмента
mt-original-label = Оригінал ({ $language })

## Consent
consent-title = Ваш вибір щодо конфіденційності
consent-intro = Ця стаття може показувати вміст, для якого потрібна ваша згода. Виберіть, що ви дозволяєте; змінити це можна будь-коли в розділі «Налаштування конфіденційності».
consent-accept-all = Прийняти все
consent-reject-all = Відхилити все
consent-choose = Вибрати
consent-save = Зберегти мій вибір
consent-always-on = Завжди увімкнено
consent-necessary = Суворо необхідні
consent-necessary-desc = Запам’ятовує вашу мову та цей вибір щодо конфіденційності. Нічого не передається.
consent-advertising = Реклама
consent-advertising-desc = Показує в статті рекламу від рекламного партнера { $publisher }. Рекламний партнер може встановлювати файли cookie.
consent-media = Вбудований вміст
consent-media-desc = Відтворює в статті відео з { $providers }, коли ви натискаєте на одне з них. Ці сайти можуть встановлювати файли cookie.
consent-gpc = Ваш браузер просить сайти не продавати й не передавати ваші дані (Global Privacy Control), тому реклама залишається вимкненою, доки ви не ввімкнете її тут.
consent-saved = Ваш вибір щодо конфіденційності збережено.
consent-settings = Налаштування конфіденційності
ad-hidden = Рекламу приховано — налаштування конфіденційності

## Errors
error-title = Не вдалося показати цю статтю.
error-not-found = Статтю не знайдено.
error-network = Не вдалося завантажити статтю. Перевірте з’єднання.
error-timeout = Стаття завантажувалася надто довго.
error-invalid = Дані статті недійсні.
error-missing-src = У цьому вбудованому блоці не вказано, яку статтю показати.
error-read-on-site = Читати статтю на сайті видавця

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Читати далі
more-hide = Згорнути
more-expanded = Статтю розгорнуто.
mastodon-server = Ваш сервер Mastodon
mastodon-hint = Лише його назва, наприклад mastodon.social
mastodon-invalid = Це не назва сервера. Введіть лише назву, наприклад mastodon.social, без https://, @ і /.
mastodon-cancel = Скасувати
mastodon-change = Змінити сервер Mastodon: { $server }
newsletter-heading = Розсилка
newsletter-signup = Підпишіться на розсилку { $publisher }

## Tables, galleries, players, posts and footnotes
table = Таблиця
gallery = Фотогалерея
embed-play = Відтворити відео з { $provider }
embed-video = Відео з { $provider }
embed-open = Дивитися на { $provider }
embed-ask = Відтворити це відео з { $provider }?
embed-ask-detail = Програвач завантажується з { $host }, який може встановлювати файли cookie. Дозвіл діє для всіх вбудованих відео; змінити його можна в розділі «Налаштування конфіденційності».
embed-allow = Дозволити й відтворити
embed-later = Не зараз
embed-managed = Вбудовані відео вимкнено в налаштуваннях конфіденційності цього сайту.
post-view = Переглянути допис у { $network }
post-media = Вкладення: { $description }
footnotes = Примітки
footnote-ref = Примітка { $number }
footnote-back = Повернутися до тексту

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Вбудувати цю статтю
embed-page-intro = Виберіть параметри, перевірте попередній перегляд і скопіюйте код на свою сторінку.
embed-page-no-script = Без JavaScript нижче показано типові коди, а параметри й попередній перегляд не працюють.
embed-page-language = Мова
embed-page-form = Форма
embed-page-form-snippet = Заздалегідь відтворений фрагмент
embed-page-form-iframe = Iframe
embed-page-form-element = Тег script із заздалегідь відтвореною статтею
embed-page-form-one-tag = Один тег script
embed-page-form-url = Посилання на статтю для сайтів з oEmbed, як-от WordPress
embed-page-theme = Тема
embed-page-theme-auto = Автоматично
embed-page-theme-light = Світла
embed-page-theme-dark = Темна
embed-page-share = Кнопки поширення, за порядком (порожньо: усі)
embed-page-share-hint = Назви через кому, з-поміж: { $names }
embed-page-share-params = Параметри для поширених посилань
embed-page-share-params-hint = Наприклад utm_source=myblog&utm_medium=embed
embed-page-max-height = «Читати далі» після цієї висоти, у пікселях
embed-page-max-height-hint = Порожньо: уся стаття.
embed-page-preview = Попередній перегляд
embed-page-code = Код
embed-page-copy = Скопіювати код
embed-page-copied = Код скопійовано.
embed-page-copy-keys = Код виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати його.
embed-page-cost = Перший показ: { $ratio } від часу тієї самої статті як простого HTML на повільному телефоні.
embed-page-cost-unmeasured = Перший показ: ще не виміряно.
embed-page-csp = Що потрібно вашій Content-Security-Policy
embed-page-url-note = Сайт будує картку за посиланням oEmbed на сторінці статті: параметри до неї не застосовуються.
