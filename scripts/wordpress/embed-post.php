<?php
// Creates (or updates) the post that embeds an article by its URL alone, on its own line, as an
// author pastes it: `php scripts/wordpress/embed-post.php <article page URL>`. Its cached oEmbed
// result is dropped, so WordPress discovers the embed again when the post is next viewed.
// Prints the post's permalink. `php scripts/wordpress/embed-post.php --delete` removes the post
// (the importer's tests import every published post, and this one is not a seed article).
$url = $argv[1] ?? '';
if ($url !== '--delete' && !preg_match('#^https?://#', $url)) { fwrite(STDERR, "usage: embed-post.php <URL> | --delete\n"); exit(2); }
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
wp_set_current_user(1);
$slug = 'an-embedded-article';
if ($url === '--delete') {
    foreach (get_posts(['name' => $slug, 'post_type' => 'post', 'post_status' => 'any', 'numberposts' => -1]) as $p) {
        wp_delete_post($p->ID, true);
    }
    exit(0);
}
$fields = ['post_title' => 'An embedded article', 'post_content' => "\n$url\n",
    'post_status' => 'publish', 'post_type' => 'post', 'post_name' => $slug];
$found = get_posts(['name' => $slug, 'post_type' => 'post', 'post_status' => 'any', 'numberposts' => 1]);
$id = $found ? wp_update_post(['ID' => $found[0]->ID] + $fields, true) : wp_insert_post($fields, true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
foreach (array_keys(get_post_meta($id)) as $key) {
    if (strpos($key, '_oembed_') === 0) delete_post_meta($id, $key);
}
echo get_permalink($id), "\n";
