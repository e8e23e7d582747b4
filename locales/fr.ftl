# UI strings of the article-embed widget: French (fr).

## Article chrome
follow-us = Suivez-nous
byline = Par { $author }
published = Publié le { $date }
share-top = Partager :
share-bottom = Partager cet article :
advertisement = Publicité
trending = Tendances
disclaimer-heading = À propos de cet article
loading = Chargement de l’article…

## Share buttons (network names are brands and stay untranslated)
share-native = Partager…
share-on = Partager sur { $network }
share-email = Partager par e-mail
share-copy = Copier le lien
share-copied = Lien copié
share-copy-failed = Copie impossible. Le lien est : { $url }
share-new-tab = (s’ouvre dans un nouvel onglet)

## Language switcher and honest translations
language-button = Langue : { $language }
language-list = Lire cet article en
language-filter = Filtrer les langues
language-no-match = Aucune langue ne correspond
language-current = langue actuelle
machine-translated = traduction automatique
mt-notice = Traduction automatique. Langue d’origine : { $language }.
mt-show-original = Lire l’original
mt-suspect = Ce passage est peut-être mal traduit.
mt-original-show = Afficher le passage original
mt-original-label = Original ({ $language })

## Consent
consent-title = Vos choix de confidentialité
consent-intro = Cet article peut afficher des contenus qui nécessitent votre consentement. Choisissez ce que vous autorisez ; vous pouvez modifier ce choix à tout moment dans « Paramètres de confidentialité ».
consent-accept-all = Tout accepter
consent-reject-all = Tout refuser
consent-choose = Personnaliser
consent-save = Enregistrer mes choix
consent-always-on = Toujours actif
consent-necessary = Strictement nécessaires
consent-necessary-desc = Mémorise votre langue et ce choix de confidentialité. Rien n’est partagé.
consent-advertising = Publicité
consent-advertising-desc = Affiche dans l’article une publicité du partenaire publicitaire de l’éditeur { $publisher }. Ce partenaire peut déposer des cookies.
consent-media = Contenus intégrés
consent-media-desc = Lit dans l’article les vidéos de { $providers } lorsque vous cliquez sur l’une d’elles. Ces sites peuvent déposer des cookies.
consent-gpc = Votre navigateur demande aux sites de ne pas vendre ni partager vos données (Global Privacy Control) : la publicité reste donc désactivée, sauf si vous l’activez ici.
consent-saved = Vos choix de confidentialité ont été enregistrés.
consent-settings = Paramètres de confidentialité
ad-hidden = Publicité masquée — paramètres de confidentialité

## Errors
error-title = Impossible d’afficher cet article.
error-not-found = L’article est introuvable.
error-network = Impossible de charger l’article. Vérifiez votre connexion.
error-timeout = Le chargement de l’article a pris trop de temps.
error-invalid = Les données de l’article ne sont pas valides.
error-missing-src = Ce module intégré n’indique pas quel article afficher.
error-read-on-site = Lire l’article sur le site de l’éditeur

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Lire la suite
more-hide = Afficher moins
more-expanded = Article déplié.
mastodon-server = Votre serveur Mastodon
mastodon-hint = Son nom seulement, par exemple mastodon.social
mastodon-invalid = Ce n’est pas un nom de serveur. Saisissez seulement le nom, par exemple mastodon.social, sans https://, @ ni /.
mastodon-cancel = Annuler
mastodon-change = Changer de serveur Mastodon : { $server }
newsletter-heading = Lettre d’information
newsletter-signup = S’abonner à la lettre d’information de { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tableau
gallery = Galerie de photos
embed-play = Lire la vidéo de { $provider }
embed-video = Vidéo de { $provider }
embed-open = Regarder sur { $provider }
embed-ask = Lire cette vidéo de { $provider } ?
embed-ask-detail = Le lecteur est chargé depuis { $host }, qui peut déposer des cookies. L’autorisation vaut pour toutes les vidéos intégrées ; vous pouvez la modifier dans « Paramètres de confidentialité ».
embed-allow = Autoriser et lire
embed-later = Pas maintenant
embed-managed = Les vidéos intégrées sont désactivées dans les paramètres de confidentialité de ce site.
post-view = Voir la publication sur { $network }
post-media = Pièce jointe : { $description }
footnotes = Notes
footnote-ref = Note { $number }
footnote-back = Retour au texte

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Intégrer cet article
embed-page-intro = Choisissez les options, vérifiez l’aperçu, puis copiez le code dans votre page.
embed-page-no-script = Sans JavaScript, les codes ci-dessous sont ceux par défaut, et les options et l’aperçu ne fonctionnent pas.
embed-page-language = Langue
embed-page-form = Forme
embed-page-form-snippet = Extrait prérendu
embed-page-form-iframe = Iframe
embed-page-form-element = Balise script avec l’article prérendu
embed-page-form-one-tag = Une seule balise script
embed-page-form-url = Lien de l’article pour les sites oEmbed comme WordPress
embed-page-theme = Thème
embed-page-theme-auto = Automatique
embed-page-theme-light = Clair
embed-page-theme-dark = Sombre
embed-page-share = Boutons de partage, dans l’ordre (vide : tous)
embed-page-share-hint = Noms séparés par des virgules, parmi : { $names }
embed-page-share-params = Paramètres des liens partagés
embed-page-share-params-hint = Par exemple utm_source=monblog&utm_medium=embed
embed-page-max-height = « Lire la suite » au-delà de cette hauteur, en pixels
embed-page-max-height-hint = Vide : l’article entier.
embed-page-preview = Aperçu
embed-page-code = Code
embed-page-copy = Copier le code
embed-page-copied = Le code a été copié.
embed-page-copy-keys = Le code est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.
embed-page-cost = Premier affichage : { $ratio } le temps du même article en HTML simple, sur un téléphone lent.
embed-page-cost-unmeasured = Premier affichage : pas encore mesuré.
embed-page-csp = Ce dont votre Content-Security-Policy a besoin
embed-page-url-note = Le site construit la carte à partir du lien oEmbed de la page de l’article : les options ne s’y appliquent pas.
