<?php
// Installs the test site and creates its posts through WordPress's own PHP API (wp-cli is not
// packaged in Debian 12). Idempotent: an installed site and posts that exist (by slug) are kept;
// posts it does not write are removed.
//
// The posts are the repository's seed articles (www/articles/*/), written as the block editor
// saves them: the English originals, and the Danish and Swahili files as separate translation
// posts, text as it is (untranslated English paragraphs and the XNUMX sentence included); plus
// one post of unsupported and hostile markup (hostile.html), a password-protected post, a post
// without content, the posts of seed-blocks.php (every other core block, with their media and
// oEmbed cache; the classic editor; edge cases), and WP_BENCH_POSTS generated copies for the
// bench.
$base = getenv('WP_BASE') ?: 'http://127.0.0.1:8791';
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', !file_exists('/nonexistent')); // quiet install, no mail
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$repo = dirname(__DIR__, 2);
$say = fn($m) => fwrite(STDERR, "wordpress: $m\n");

if (!is_blog_installed()) {
    wp_install('Article Embed Test Site', 'admin', 'admin@example.invalid', true, '', 'admin-password');
    $say('site installed');
}
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
update_option('blogdescription', 'A local WordPress for the importer tests');
// Posts are written by an administrator, who has unfiltered_html: hostile markup is kept, as
// it would be on a real site with a careless editor.
wp_set_current_user(1);

function user_for(string $name): int {
    $login = sanitize_user(strtolower(str_replace(' ', '-', $name)));
    $u = get_user_by('login', $login);
    if ($u) return $u->ID;
    return wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(), 'display_name' => $name,
        'nickname' => $name, 'role' => 'author', 'user_email' => "$login@example.invalid"]);
}

function term_ids(array $names, string $tax): array {
    $ids = [];
    foreach ($names as $n) {
        $t = term_exists($n, $tax) ?: wp_insert_term($n, $tax);
        $ids[] = (int) $t['term_id'];
    }
    return $ids;
}

function inlines($v): string {
    if (is_string($v)) return esc_html($v);
    if (isset($v['b'])) return '<strong>' . inlines($v['b']) . '</strong>';
    if (isset($v['i'])) return '<em>' . inlines($v['i']) . '</em>';
    if (isset($v['a'])) return '<a href="' . esc_url($v['href']) . '">' . inlines($v['a']) . '</a>';
    if (isset($v['span'])) return '<span lang="' . esc_attr($v['lang']) . '">' . inlines($v['span']) . '</span>';
    return implode('', array_map('inlines', $v));
}

// One block of the format as the block editor saves it.
// A block's `lang` (a passage left untranslated) is not written: the page of a real site does
// not say so either, and the importer must find it.
function block_markup(array $b, array $image): string {
    $lang = '';
    switch ($b['type']) {
        case 'paragraph':
            return "<!-- wp:paragraph -->\n<p$lang>" . inlines($b['text']) . "</p>\n<!-- /wp:paragraph -->";
        case 'heading':
            $l = $b['level'];
            $attrs = $l == 2 ? '' : " {\"level\":$l}";
            return "<!-- wp:heading$attrs -->\n<h$l class=\"wp-block-heading\"$lang>" . inlines($b['text']) . "</h$l>\n<!-- /wp:heading -->";
        case 'list':
            $tag = !empty($b['ordered']) ? 'ol' : 'ul';
            $attrs = !empty($b['ordered']) ? ' {"ordered":true}' : '';
            $items = array_map(fn($i) => "<!-- wp:list-item -->\n<li>" . inlines($i) . "</li>\n<!-- /wp:list-item -->", $b['items']);
            return "<!-- wp:list$attrs -->\n<$tag$lang>" . implode('', $items) . "</$tag>\n<!-- /wp:list -->";
        case 'quote':
            $cite = isset($b['cite']) ? '<cite>' . esc_html($b['cite']) . '</cite>' : '';
            return "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"$lang><!-- wp:paragraph -->\n<p>" . inlines($b['text'])
                . "</p>\n<!-- /wp:paragraph -->$cite</blockquote>\n<!-- /wp:quote -->";
        case 'image':
            $id = $image['id'];
            $cap = isset($b['caption']) ? '<figcaption class="wp-element-caption">' . inlines($b['caption']) . '</figcaption>' : '';
            return "<!-- wp:image {\"id\":$id,\"width\":{$b['width']},\"height\":{$b['height']},\"sizeSlug\":\"full\",\"linkDestination\":\"none\"} -->\n"
                . "<figure class=\"wp-block-image size-full is-resized\"><img src=\"" . esc_url($image['url']) . '" alt="' . esc_attr($b['alt'])
                . "\" class=\"wp-image-$id\" width=\"{$b['width']}\" height=\"{$b['height']}\"/>$cap</figure>\n<!-- /wp:image -->";
        case 'ad':
            return ''; // the ad slot is the importer's to place (--ad-after), not content
    }
    throw new Exception("unknown block type {$b['type']}");
}

function translation_of(string $repo, string $dir, string $lang): array {
    $f = "$repo/www/articles/$dir/" . ($lang === 'en' ? 'article.json' : "$lang.json");
    $j = json_decode(file_get_contents($f), true, 64, JSON_THROW_ON_ERROR);
    return $lang === 'en' ? $j['translations']['en'] + ['published' => $j['published'], 'author' => $j['author'] ?? null] : $j;
}

// The map image, as an attachment (uploads/2022/06/council-map.svg) with its size and alt text.
function map_attachment(string $repo): array {
    $existing = get_posts(['post_type' => 'attachment', 'name' => 'council-map', 'post_status' => 'inherit', 'numberposts' => 1]);
    $uploads = wp_upload_dir('2022/06');
    if ($existing) {
        $id = $existing[0]->ID;
    } else {
        wp_mkdir_p($uploads['path']);
        copy("$repo/www/articles/img/council-map.svg", $uploads['path'] . '/council-map.svg');
        $id = wp_insert_attachment(['post_title' => 'council-map', 'post_name' => 'council-map', 'post_mime_type' => 'image/svg+xml',
            'post_status' => 'inherit', 'guid' => $uploads['url'] . '/council-map.svg'], $uploads['path'] . '/council-map.svg');
        wp_update_attachment_metadata($id, ['width' => 1200, 'height' => 675, 'file' => '2022/06/council-map.svg']);
        update_post_meta($id, '_wp_attachment_image_alt',
            'Stylised map: Europe and Central Asia joined by a line, with Luxembourg marked by a point');
    }
    return ['id' => $id, 'url' => wp_get_attachment_url($id)];
}

// The slugs this script keeps: any other post (left by an older seed or another checkout sharing
// the machine's MariaDB) is removed at the end, so the site is exactly these posts.
$kept = ['hello-world'];

function ensure_post(string $slug, array $fields, callable $say): int {
    global $kept;
    $kept[] = $slug;
    $found = get_posts(['name' => $slug, 'post_type' => 'post', 'post_status' => 'any', 'numberposts' => 1]);
    if ($found) {
        $post = $found[0];
        // Kept as it is, unless this script now writes other content (then it is updated).
        if (isset($fields['post_content']) && $post->post_content !== wp_unslash($fields['post_content'])) {
            wp_update_post(['ID' => $post->ID, 'post_content' => $fields['post_content']]);
            $say("updated post $slug ({$post->ID})");
        }
        return $post->ID;
    }
    $id = wp_insert_post($fields + ['post_name' => $slug, 'post_status' => 'publish', 'post_type' => 'post'], true);
    if (is_wp_error($id)) throw new Exception("$slug: " . $id->get_error_message());
    $say("created post $slug ($id)");
    return $id;
}

$image = map_attachment($repo);
$gmt = fn(string $iso) => gmdate('Y-m-d H:i:s', strtotime($iso));
$articles = [
    // slug, fixture folder, language, category, tags
    ['eu-kazakhstan-closer-ties', 'eu-kazakhstan-closer-ties', 'en', 'Kazakhstan', ['EU', 'Kazakhstan']],
    ['eu-kazakhstan-closer-ties-da', 'eu-kazakhstan-closer-ties', 'da', 'Kasakhstan', ['EU']],
    ['eu-kazakhstan-relations', 'eu-kazakhstan-relations', 'en', 'Kazakhstan', ['Kazakhstan', 'Trade & Energy']],
    ['eu-kazakhstan-relations-sw', 'eu-kazakhstan-relations', 'sw', 'Kazakhstan', []],
];
$published = [];
foreach ($articles as [$slug, $dir, $lang, $cat, $tags]) {
    $t = translation_of($repo, $dir, $lang);
    $published[$dir] ??= $t['published'];
    $author = user_for($t['author'] ?? 'EU Reporter Desk');
    $content = implode("\n\n", array_filter(array_map(fn($b) => block_markup($b, $image), $t['blocks'])));
    $id = ensure_post($slug, ['post_title' => $t['title'], 'post_content' => wp_slash($content), 'post_author' => $author,
        'post_date_gmt' => $gmt($published[$dir]), 'post_date' => get_date_from_gmt($gmt($published[$dir])),
        'post_category' => term_ids([$cat], 'category'), 'tags_input' => $tags], $say);
    if ($slug === 'eu-kazakhstan-closer-ties') set_post_thumbnail($id, $image['id']);
}

$hostile = file_get_contents(__DIR__ . '/hostile.html');
$hostile = str_replace('{{IMAGE_ID}}', $image['id'], str_replace('{{IMAGE_URL}}', $image['url'], $hostile));
ensure_post('unsupported-and-hostile-markup', ['post_title' => 'Unsupported &amp; “hostile” markup', 'post_content' => wp_slash($hostile),
    'post_excerpt' => 'A post of everything the format cannot carry.', 'post_date_gmt' => '2024-05-01 08:00:00',
    'post_date' => get_date_from_gmt('2024-05-01 08:00:00'), 'post_author' => user_for('EU Reporter Desk')], $say);
ensure_post('members-only', ['post_title' => 'Members only', 'post_password' => 'secret',
    'post_content' => "<!-- wp:paragraph -->\n<p>Hidden.</p>\n<!-- /wp:paragraph -->", 'post_date_gmt' => '2024-05-02 08:00:00',
    'post_date' => get_date_from_gmt('2024-05-02 08:00:00')], $say);
ensure_post('no-content', ['post_title' => 'A post without content', 'post_content' => '',
    'post_date_gmt' => '2024-05-03 08:00:00', 'post_date' => get_date_from_gmt('2024-05-03 08:00:00')], $say);

// Every other core block, the classic editor, WordPress's edge cases, and the oEmbed cache.
require __DIR__ . '/seed-blocks.php';

// Generated posts for the bench: copies of the English closer-ties article.
// Without WP_BENCH_POSTS the site converges back to the test posts alone.
$n = (int) (getenv('WP_BENCH_POSTS') ?: 0);
global $wpdb;
$extra = $wpdb->get_col($wpdb->prepare("SELECT ID FROM $wpdb->posts WHERE post_name LIKE 'bench-post-%%' AND post_type = 'post' AND CAST(SUBSTRING(post_name, 12) AS UNSIGNED) > %d", $n));
foreach ($extra as $id) wp_delete_post((int) $id, true);
if ($extra) $say('removed ' . count($extra) . ' bench posts');
if ($n > 0) {
    $have = (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->posts WHERE post_name LIKE 'bench-post-%' AND post_type = 'post'");
    $t = translation_of($repo, 'eu-kazakhstan-closer-ties', 'en');
    $content = wp_slash(implode("\n\n", array_filter(array_map(fn($b) => block_markup($b, $image), $t['blocks']))));
    wp_defer_term_counting(true);
    for ($i = $have + 1; $i <= $n; $i++) {
        $slug = sprintf('bench-post-%04d', $i);
        $when = gmdate('Y-m-d H:i:s', strtotime('2023-01-01 08:00:00') + $i * 3600);
        wp_insert_post(['post_name' => $slug, 'post_status' => 'publish', 'post_type' => 'post', 'post_title' => "Bench post $i: " . $t['title'],
            'post_content' => $content, 'post_date_gmt' => $when, 'post_date' => get_date_from_gmt($when),
            'post_author' => user_for('Martin Banks'), 'post_category' => term_ids(['Kazakhstan'], 'category')]);
    }
    wp_defer_term_counting(false);
    if ($n > $have) $say('generated ' . ($n - $have) . ' bench posts');
}
// Whatever else is there goes: the tests count the site's posts.
$others = $wpdb->get_col("SELECT ID FROM $wpdb->posts WHERE post_type = 'post' AND post_name NOT LIKE 'bench-post-%' AND post_name NOT IN ("
    . implode(',', array_map(fn($s) => $wpdb->prepare('%s', $s), $kept)) . ')');
foreach ($others as $id) wp_delete_post((int) $id, true);
if ($others) $say('removed ' . count($others) . ' posts this seed does not write');
$say('posts: ' . wp_count_posts()->publish . ' published');
