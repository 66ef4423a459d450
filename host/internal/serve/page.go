package serve

import (
	"embed"
	"net/http"
)

// pageFiles are the page at /: plain HTML, a stylesheet and a small
// script, no framework.
//
//go:embed page/index.html page/app.js page/app.css
var pageFiles embed.FS

// pageCSP lets the page load only its own script and stylesheet and talk
// only to this service: no inline script, no other origin, no framing.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
	"form-action 'none'; frame-ancestors 'none'; base-uri 'none'"

// pageRoutes serves the page's three files with a strict CSP (and no
// icon: browsers ask for one).
func pageRoutes(mux *http.ServeMux, s *Server) {
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	for _, f := range []struct{ route, file, ctype string }{
		{"GET /{$}", "page/index.html", "text/html; charset=utf-8"},
		{"GET /app.js", "page/app.js", "text/javascript; charset=utf-8"},
		{"GET /app.css", "page/app.css", "text/css; charset=utf-8"},
	} {
		data, err := pageFiles.ReadFile(f.file)
		if err != nil {
			panic(err) // embedded at build time
		}
		ctype := f.ctype
		mux.Handle(f.route, s.observe(routePage, func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			h.Set("Content-Type", ctype)
			h.Set("Content-Security-Policy", pageCSP)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "no-referrer")
			h.Set("Cache-Control", "no-cache")
			w.Write(data)
		}))
	}
}
