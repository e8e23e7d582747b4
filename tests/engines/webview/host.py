#!/usr/bin/python3
"""A WebKit webview app, as an iOS app hosts the embed page: a WebKitGTK WebView whose
UserContentManager registers a script message handler named "articleEmbed" (the page-side API
is WKWebView's: window.webkit.messageHandlers.articleEmbed.postMessage). Run under Xvfb by
tests/engines/webview.mjs, which drives it over stdin and stdout, one JSON object a line:

  in:  {"id": 1, "load": "http://…"}   load a page; answered once it has loaded
       {"id": 2, "js": "…"}            run a script in the page, as an app sends a message in
                                       (evaluate_javascript); answered with its JSON value
  out: {"ready": true}                 the app is up
       {"message": "…"}                what the page posted to the handler, as received
       {"id": …, "value": …} or {"id": …, "error": "…"}

It ends when its stdin closes (the test ended, however it ended).
"""
import json
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

HANDLER = "articleEmbed"


def say(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class App:
    def __init__(self):
        content = WebKit2.UserContentManager()
        content.connect("script-message-received::" + HANDLER, self.received)
        if not content.register_script_message_handler(HANDLER):
            raise SystemExit("could not register the script message handler")
        self.view = WebKit2.WebView.new_with_user_content_manager(content)
        self.view.connect("load-changed", self.load_changed)
        self.view.connect("load-failed", self.load_failed)
        window = Gtk.Window()
        window.set_default_size(1000, 900)
        window.add(self.view)
        window.connect("destroy", Gtk.main_quit)
        window.show_all()
        self.loading = None
        channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
        GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, self.command)

    def received(self, _content, result):
        value = result.get_js_value() if hasattr(result, "get_js_value") else result
        say({"message": value.to_string() if value.is_string() else value.to_json(0)})

    def load_changed(self, _view, event):
        if event == WebKit2.LoadEvent.FINISHED and self.loading is not None:
            say({"id": self.loading, "value": self.view.get_uri()})
            self.loading = None

    def load_failed(self, _view, _event, uri, error):
        if self.loading is not None:
            say({"id": self.loading, "error": "load failed: %s: %s" % (uri, error.message)})
            self.loading = None
        return False

    def command(self, _source, condition):
        line = sys.stdin.readline()
        if not line:
            Gtk.main_quit()
            return False
        cmd = json.loads(line)
        if "load" in cmd:
            self.loading = cmd["id"]
            self.view.load_uri(cmd["load"])
        elif "js" in cmd:
            script = "JSON.stringify((() => { %s })()) ?? 'null'" % cmd["js"]
            self.view.evaluate_javascript(script, -1, None, None, None, self.evaluated, cmd["id"])
        return True

    def evaluated(self, view, result, ident):
        try:
            say({"id": ident, "value": json.loads(view.evaluate_javascript_finish(result).to_string())})
        except GLib.Error as e:
            say({"id": ident, "error": e.message})


App()
say({"ready": True})
Gtk.main()
