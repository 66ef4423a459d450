package exposure

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"time"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"stamp":    stamp,
	"relative": relative,
	"bytes":    humanBytes,
	"expiry": func(c *Credential, at time.Time) string {
		if c.Expires.IsZero() {
			return "—"
		}
		return stamp(c.Expires) + " (" + relative(c.Expires, at) + ")"
	},
	"seen":   seenRows,
	"dash":   orDash,
	"plural": plural,
	"list":   func(c ...chart) []chart { return c },
}).Parse(htmlSource))

// bar is one row of an inline SVG bar chart.
type bar struct {
	Label                 string
	Y                     int
	LiveW, UnknownW, ExpW int
	UnknownX, ExpX        int
	Total                 string
	TextX                 int
}

type chart struct {
	Title  string
	Height int
	Bars   []bar
	More   int
}

const (
	chartLabelW = 260
	chartBarW   = 700
	chartRowH   = 24
	chartMax    = 16
)

func makeChart(title string, ts []*Tally, most int) chart {
	c := chart{Title: title}
	for i, t := range ts {
		if i == chartMax {
			c.More = len(ts) - chartMax
			break
		}
		scale := func(n int) int {
			if most == 0 {
				return 0
			}
			return n * chartBarW / most
		}
		b := bar{Label: clip(t.Name, 34), Y: i * chartRowH}
		b.LiveW, b.UnknownW, b.ExpW = scale(t.Live), scale(t.Unknown), scale(t.Expired)
		b.UnknownX = chartLabelW + b.LiveW
		b.ExpX = b.UnknownX + b.UnknownW
		b.TextX = b.ExpX + b.ExpW + 6
		b.Total = fmt.Sprintf("%d", t.Total)
		if t.Live > 0 {
			b.Total += fmt.Sprintf(" (%d live)", t.Live)
		}
		c.Bars = append(c.Bars, b)
	}
	c.Height = len(c.Bars)*chartRowH + 4
	return c
}

// WriteHTML writes the report as one self-contained HTML page: inline CSS
// and SVG, no scripts, no external references.
func WriteHTML(w io.Writer, rep *Report, tool string) error {
	data := struct {
		*Report
		Tool      string
		KindChart chart
		HostChart chart
	}{rep, tool, makeChart("Credentials by kind", rep.Summary.Kinds, rep.Summary.MaxKind),
		makeChart("Credentials by host", rep.Summary.Hosts, rep.Summary.MaxHost)}
	return htmlTemplate.Execute(w, data)
}
