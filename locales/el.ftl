# UI strings of the article-embed widget: Greek (el).

## Article chrome
follow-us = Ακολουθήστε μας
byline = Από { $author }
published = Δημοσιεύθηκε στις { $date }
share-top = Κοινοποίηση:
share-bottom = Κοινοποιήστε αυτό το άρθρο:
advertisement = Διαφήμιση
trending = Δημοφιλή
disclaimer-heading = Σχετικά με αυτό το άρθρο
loading = Φόρτωση του άρθρου…

## Share buttons (network names are brands and stay untranslated)
share-native = Κοινοποίηση…
share-on = Κοινοποίηση στο { $network }
share-email = Κοινοποίηση μέσω email
share-copy = Αντιγραφή συνδέσμου
share-copied = Ο σύνδεσμος αντιγράφηκε
share-copy-failed = Η αντιγραφή απέτυχε. Ο σύνδεσμος είναι: { $url }
share-new-tab = (ανοίγει σε νέα καρτέλα)

## Language switcher and honest translations
language-button = Γλώσσα: { $language }
language-list = Αυτό το άρθρο σε άλλες γλώσσες
language-filter = Φιλτράρισμα γλωσσών
language-no-match = Δεν βρέθηκε γλώσσα
language-current = τρέχουσα γλώσσα
machine-translated = αυτόματη μετάφραση
mt-notice = Αυτόματη μετάφραση. Γλώσσα πρωτοτύπου: { $language }.
mt-show-original = Διαβάστε το πρωτότυπο
mt-suspect = Αυτό το απόσπασμα ίσως έχει μεταφραστεί λανθασμένα.
mt-original-show = Εμφάνιση του αρχικού αποσπάσματος
mt-original-label = Πρωτότυπο ({ $language })

## Consent
consent-title = Οι επιλογές απορρήτου σας
consent-intro = Αυτό το άρθρο μπορεί να εμφανίσει περιεχόμενο που απαιτεί τη συγκατάθεσή σας. Επιλέξτε τι επιτρέπετε· μπορείτε να το αλλάξετε ανά πάσα στιγμή από τις «Ρυθμίσεις απορρήτου».
consent-accept-all = Αποδοχή όλων
consent-reject-all = Απόρριψη όλων
consent-choose = Επιλογή
consent-save = Αποθήκευση επιλογών
consent-always-on = Πάντα ενεργό
consent-necessary = Απολύτως απαραίτητα
consent-necessary-desc = Θυμάται τη γλώσσα σας και αυτή την επιλογή απορρήτου. Δεν κοινοποιείται τίποτα.
consent-advertising = Διαφήμιση
consent-advertising-desc = Εμφανίζει στο άρθρο μια διαφήμιση από τον διαφημιστικό συνεργάτη του εκδότη { $publisher }. Ο διαφημιστικός συνεργάτης μπορεί να ορίσει cookies.
consent-media = Ενσωματωμένο περιεχόμενο
consent-media-desc = Αναπαράγει στο άρθρο βίντεο από { $providers } όταν κάνετε κλικ σε κάποιο. Αυτοί οι ιστότοποι ενδέχεται να ορίσουν cookies.
consent-gpc = Το πρόγραμμα περιήγησής σας ζητά από τους ιστότοπους να μην πωλούν ούτε να κοινοποιούν τα δεδομένα σας (Global Privacy Control), επομένως η διαφήμιση παραμένει απενεργοποιημένη, εκτός αν την ενεργοποιήσετε εδώ.
consent-saved = Οι επιλογές απορρήτου σας αποθηκεύτηκαν.
consent-settings = Ρυθμίσεις απορρήτου
ad-hidden = Η διαφήμιση αποκρύφθηκε — ρυθμίσεις απορρήτου

## Errors
error-title = Δεν ήταν δυνατή η εμφάνιση αυτού του άρθρου.
error-not-found = Το άρθρο δεν βρέθηκε.
error-network = Δεν ήταν δυνατή η φόρτωση του άρθρου. Ελέγξτε τη σύνδεσή σας.
error-timeout = Η φόρτωση του άρθρου διήρκεσε υπερβολικά πολύ.
error-invalid = Τα δεδομένα του άρθρου δεν είναι έγκυρα.
error-missing-src = Αυτή η ενσωμάτωση δεν ορίζει ποιο άρθρο θα εμφανιστεί.
error-read-on-site = Διαβάστε το άρθρο στον ιστότοπο του εκδότη

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Συνεχίστε την ανάγνωση
more-hide = Εμφάνιση λιγότερων
more-expanded = Το άρθρο αναπτύχθηκε.
mastodon-server = Ο διακομιστής σας στο Mastodon
mastodon-hint = Μόνο το όνομά του, για παράδειγμα mastodon.social
mastodon-invalid = Αυτό δεν είναι όνομα διακομιστή. Πληκτρολογήστε μόνο το όνομα, για παράδειγμα mastodon.social, χωρίς https://, @ ή /.
mastodon-cancel = Ακύρωση
mastodon-change = Αλλαγή διακομιστή Mastodon: { $server }
newsletter-heading = Ενημερωτικό δελτίο
newsletter-signup = Εγγραφείτε στο ενημερωτικό δελτίο του { $publisher }

## Tables, galleries, players, posts and footnotes
table = Πίνακας
gallery = Συλλογή φωτογραφιών
embed-play = Αναπαραγωγή βίντεο από { $provider }
embed-video = Βίντεο από { $provider }
embed-open = Δείτε το στο { $provider }
embed-ask = Αναπαραγωγή αυτού του βίντεο από { $provider };
embed-ask-detail = Το πρόγραμμα αναπαραγωγής φορτώνεται από { $host }, που ενδέχεται να ορίσει cookies. Η άδεια ισχύει για όλα τα ενσωματωμένα βίντεο· μπορείτε να την αλλάξετε από τις «Ρυθμίσεις απορρήτου».
embed-allow = Αποδοχή και αναπαραγωγή
embed-later = Όχι τώρα
embed-managed = Τα ενσωματωμένα βίντεο είναι απενεργοποιημένα στις ρυθμίσεις απορρήτου αυτού του ιστότοπου.
post-view = Δείτε την ανάρτηση στο { $network }
post-media = Συνημμένο: { $description }
footnotes = Υποσημειώσεις
footnote-ref = Υποσημείωση { $number }
footnote-back = Επιστροφή στο κείμενο

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Ενσωμάτωση αυτού του άρθρου
embed-page-intro = Επιλέξτε τις ρυθμίσεις, ελέγξτε την προεπισκόπηση και μετά αντιγράψτε τον κώδικα στη σελίδα σας.
embed-page-no-script = Χωρίς JavaScript, οι παρακάτω κώδικες είναι οι προεπιλεγμένοι και οι ρυθμίσεις και η προεπισκόπηση δεν λειτουργούν.
embed-page-language = Γλώσσα
embed-page-form = Μορφή
embed-page-form-snippet = Προαποδοσμένο απόσπασμα
embed-page-form-iframe = Iframe
embed-page-form-element = Ετικέτα script με το προαποδοσμένο άρθρο
embed-page-form-one-tag = Μία μόνο ετικέτα script
embed-page-form-url = Σύνδεσμος του άρθρου για ιστότοπους oEmbed όπως το WordPress
embed-page-theme = Θέμα
embed-page-theme-auto = Αυτόματο
embed-page-theme-light = Φωτεινό
embed-page-theme-dark = Σκοτεινό
embed-page-share = Κουμπιά κοινοποίησης, με σειρά (κενό: όλα)
embed-page-share-hint = Ονόματα χωρισμένα με κόμματα, από: { $names }
embed-page-share-params = Παράμετροι για τους κοινοποιημένους συνδέσμους
embed-page-share-params-hint = Για παράδειγμα utm_source=toblogmou&utm_medium=embed
embed-page-max-height = «Συνέχεια ανάγνωσης» μετά από αυτό το ύψος, σε pixel
embed-page-max-height-hint = Κενό: ολόκληρο το άρθρο.
embed-page-preview = Προεπισκόπηση
embed-page-code = Κώδικας
embed-page-copy = Αντιγραφή του κώδικα
embed-page-copied = Ο κώδικας αντιγράφηκε.
embed-page-copy-keys = Ο κώδικας είναι επιλεγμένος: πατήστε Ctrl+C (⌘C σε Mac) για να τον αντιγράψετε.
embed-page-cost = Πρώτη εμφάνιση: { $ratio } του χρόνου του ίδιου άρθρου ως απλή HTML, σε αργό τηλέφωνο.
embed-page-cost-unmeasured = Πρώτη εμφάνιση: δεν έχει μετρηθεί ακόμη.
embed-page-csp = Τι χρειάζεται η Content-Security-Policy σας
embed-page-url-note = Ο ιστότοπος φτιάχνει την κάρτα από τον σύνδεσμο oEmbed της σελίδας του άρθρου: οι ρυθμίσεις δεν ισχύουν.
