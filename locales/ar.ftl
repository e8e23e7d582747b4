# UI strings of the article-embed widget: Arabic (ar).

## Article chrome
follow-us = تابعونا
byline = بقلم { $author }
published = نُشر في { $date }
share-top = مشاركة:
share-bottom = شارك هذا المقال:
advertisement = إعلان
trending = الأكثر رواجًا
disclaimer-heading = حول هذا المقال
loading = جارٍ تحميل المقال…

## Share buttons (network names are brands and stay untranslated)
share-native = مشاركة…
share-on = مشاركة عبر { $network }
share-email = مشاركة عبر البريد الإلكتروني
share-copy = نسخ الرابط
share-copied = تم نسخ الرابط
share-copy-failed = تعذّر النسخ. الرابط هو: { $url }
share-new-tab = (يُفتح في علامة تبويب جديدة)

## Language switcher and honest translations
language-button = اللغة: { $language }
language-list = اقرأ هذا المقال باللغات التالية
language-filter = تصفية اللغات
language-no-match = لا توجد لغة مطابقة
language-current = اللغة الحالية
machine-translated = ترجمة آلية
mt-notice = ترجمة آلية. اللغة الأصلية: { $language }.
mt-show-original = اقرأ النص الأصلي
mt-suspect = قد تكون ترجمة هذا المقطع غير دقيقة.
mt-original-show = إظهار المقطع الأصلي
mt-original-label = النص الأصلي ({ $language })

## Consent
consent-title = خيارات خصوصيتك
consent-intro = قد يعرض هذا المقال محتوى يتطلب موافقتك. اختر ما تسمح به؛ ويمكنك تغيير ذلك في أي وقت من «إعدادات الخصوصية».
consent-accept-all = قبول الكل
consent-reject-all = رفض الكل
consent-choose = اختيار
consent-save = حفظ اختياراتي
consent-always-on = مفعّل دائمًا
consent-necessary = ضرورية للغاية
consent-necessary-desc = يتذكر لغتك وخيار الخصوصية هذا. لا تتم مشاركة أي شيء.
consent-advertising = الإعلانات
consent-advertising-desc = يعرض في المقال إعلانًا من الشريك الإعلاني لموقع { $publisher }. قد يضع الشريك الإعلاني ملفات تعريف الارتباط.
consent-media = المحتوى المضمَّن
consent-media-desc = يشغّل في المقال مقاطع فيديو من { $providers } عند النقر على أحدها. قد تضع هذه المواقع ملفات تعريف الارتباط.
consent-gpc = يطلب متصفحك من المواقع عدم بيع بياناتك أو مشاركتها (Global Privacy Control)، لذا تبقى الإعلانات متوقفة ما لم تفعّلها هنا.
consent-saved = تم حفظ خيارات خصوصيتك.
consent-settings = إعدادات الخصوصية
ad-hidden = الإعلان مخفي — إعدادات الخصوصية

## Errors
error-title = تعذّر عرض هذا المقال.
error-not-found = لم يتم العثور على المقال.
error-network = تعذّر تحميل المقال. تحقق من اتصالك.
error-timeout = استغرق تحميل المقال وقتًا طويلًا.
error-invalid = بيانات المقال غير صالحة.
error-missing-src = لا يحدد هذا التضمين المقال المطلوب عرضه.
error-read-on-site = اقرأ المقال على موقع الناشر

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = تابع القراءة
more-hide = عرض أقل
more-expanded = تم توسيع المقال.
mastodon-server = خادم ماستودون الخاص بك
mastodon-hint = اسمه فقط، مثل mastodon.social
mastodon-invalid = هذا ليس اسم خادم. اكتب الاسم فقط، مثل mastodon.social، دون https:// أو @ أو /.
mastodon-cancel = إلغاء
mastodon-change = تغيير خادم ماستودون: { $server }
newsletter-heading = النشرة الإخبارية
newsletter-signup = اشترك في النشرة الإخبارية من { $publisher }

## Tables, galleries, players, posts and footnotes
table = جدول
gallery = معرض الصور
embed-play = تشغيل الفيديو من { $provider }
embed-video = فيديو من { $provider }
embed-open = المشاهدة على { $provider }
embed-ask = هل تريد تشغيل هذا الفيديو من { $provider }؟
embed-ask-detail = يُحمَّل المشغّل من { $host }، وقد يضع ملفات تعريف الارتباط. يسري الإذن على كل مقاطع الفيديو المضمَّنة؛ ويمكنك تغييره من «إعدادات الخصوصية».
embed-allow = السماح والتشغيل
embed-later = ليس الآن
embed-managed = مقاطع الفيديو المضمَّنة متوقفة في إعدادات الخصوصية لهذا الموقع.
post-view = عرض المنشور على { $network }
post-media = مرفق: { $description }
footnotes = الحواشي
footnote-ref = الحاشية { $number }
footnote-back = العودة إلى النص

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = تضمين هذه المقالة
embed-page-intro = اختر الخيارات وتحقق من المعاينة ثم انسخ الشيفرة إلى صفحتك.
embed-page-no-script = من دون JavaScript تكون الشيفرات أدناه هي الافتراضية، ولا تعمل الخيارات والمعاينة.
embed-page-language = اللغة
embed-page-form = الشكل
embed-page-form-snippet = مقتطف مُعدّ مسبقًا
embed-page-form-iframe = Iframe
embed-page-form-element = وسم script مع المقالة المُعدّة مسبقًا
embed-page-form-one-tag = وسم script واحد
embed-page-form-url = رابط المقالة لمواقع oEmbed مثل WordPress
embed-page-theme = المظهر
embed-page-theme-auto = تلقائي
embed-page-theme-light = فاتح
embed-page-theme-dark = داكن
embed-page-share = أزرار المشاركة بالترتيب (فارغ: جميعها)
embed-page-share-hint = أسماء تفصل بينها فواصل، من بين: { $names }
embed-page-share-params = معاملات الروابط المشارَكة
embed-page-share-params-hint = مثلًا utm_source=myblog&utm_medium=embed
embed-page-max-height = «متابعة القراءة» بعد هذا الارتفاع، بالبكسل
embed-page-max-height-hint = فارغ: المقالة كاملة.
embed-page-preview = معاينة
embed-page-code = الشيفرة
embed-page-copy = نسخ الشيفرة
embed-page-copied = نُسخت الشيفرة.
embed-page-copy-keys = الشيفرة محددة: اضغط Ctrl+C (‏⌘C على Mac) لنسخها.
embed-page-cost = العرض الأول: { $ratio } من زمن المقالة نفسها بصيغة HTML عادية، على هاتف بطيء.
embed-page-cost-unmeasured = العرض الأول: لم يُقَس بعد.
embed-page-csp = ما تحتاجه سياسة Content-Security-Policy لديك
embed-page-url-note = يبني الموقع البطاقة من رابط oEmbed في صفحة المقالة: لا تنطبق الخيارات عليها.
