import Foundation

/// The preview's page: the notebook as `export --html` renders it, with the last run's error
/// above it and a script that reloads the page when a run ends, keeping the scroll position.
///
/// The page polls `/__metriclab/state` (`{"version": N, "running": true}`) three times a second:
/// polling needs no connection held open, survives the server restarting, and costs nothing at
/// this rate on localhost. When the version differs from the one the page was served with, the
/// page stores its scroll position in `sessionStorage` and reloads; the new page scrolls back there.
enum PreviewPage {
    /// Where the page asks for the state.
    static let statePath = "/__metriclab/state"

    /// The page of `snapshot`.
    static func html(_ snapshot: PreviewState.Snapshot) -> String {
        var before = "\n<div id=\"metriclab-status\" hidden>running…</div>"
        if let error = snapshot.error {
            before += """

                <div id="metriclab-error" role="alert"><strong>The last run failed; the outputs below are from the last \
                good run.</strong><pre>\(HTMLText.escape(error))</pre></div>
                """
        }
        let head = "\n<style>\(style)</style>\n<script>\(script(version: snapshot.version))</script>"
        return HTMLExporter.document(title: snapshot.page.title, main: snapshot.page.body, head: head, before: before)
    }

    /// The state as the page reads it.
    static func stateJSON(_ snapshot: PreviewState.Snapshot) -> String {
        "{\"version\": \(snapshot.version), \"running\": \(snapshot.running)}"
    }

    /// The polling and reloading script of a page served at `version`.
    static func script(version: Int) -> String {
        """
        const metriclabVersion = \(version);
        addEventListener("load", () => {
          const y = sessionStorage.getItem("metriclab-scroll");
          if (y !== null) { sessionStorage.removeItem("metriclab-scroll"); scrollTo(0, Number(y)); }
        });
        async function metriclabPoll() {
          try {
            const state = await (await fetch("\(statePath)", { cache: "no-store" })).json();
            document.getElementById("metriclab-status").hidden = !state.running;
            if (state.version !== metriclabVersion) {
              sessionStorage.setItem("metriclab-scroll", String(scrollY));
              location.reload();
              return;
            }
          } catch (error) {
            document.getElementById("metriclab-status").hidden = true;
          }
          setTimeout(metriclabPoll, 300);
        }
        metriclabPoll();
        """
    }

    /// The error banner and the running badge.
    static let style = """
        #metriclab-error { position: sticky; top: 0; z-index: 1; max-height: 40vh; overflow-y: auto; max-width: 52rem; margin: 1rem auto 0; padding: .8rem 1rem; background: #fdecea; border-left: 4px solid #c0392b; \
        font: 16px/1.4 "DejaVu Sans", Helvetica, sans-serif; }
        #metriclab-error pre { background: none; border: none; padding: .4rem 0 0; margin: 0; white-space: pre-wrap; }
        #metriclab-status { position: fixed; top: .5rem; right: .5rem; padding: .2rem .6rem; background: #0072b2; color: #fff; \
        font: 14px "DejaVu Sans", Helvetica, sans-serif; border-radius: 3px; }
        """
}
