<?php
/*
 * Plugin Name: article-embed tests: oEmbed from loopback hosts
 * Description: Installed by scripts/wordpress/up.sh as a must-use plugin of the test site only.
 *
 * WordPress fetches an oEmbed provider through wp_safe_remote_get(), whose URL check
 * (wp_http_validate_url) refuses private and loopback addresses other than the site's own host,
 * and any port but 80, 443, 8080 and the site's own. The tests serve the published card on
 * 127.0.0.1 at a port of their own: this lets loopback hosts (only those) through on any port.
 */
function article_embed_tests_loopback($host) {
    return in_array(strtolower((string) $host), ['127.0.0.1', 'localhost'], true);
}
add_filter('http_request_host_is_external', function ($external, $host) {
    return $external || article_embed_tests_loopback($host);
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
    $port = parse_url($url, PHP_URL_PORT);
    if ($port && article_embed_tests_loopback($host)) $ports[] = (int) $port;
    return $ports;
}, 10, 3);
