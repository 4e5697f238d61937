package dates

import (
	"strings"
	"testing"
)

// describe renders matches as "quote=ISO[..ISO][~]" joined by "; ", where ~
// marks an inferred year, so that a table row states everything Find found.
func describe(text string, ms []Match) string {
	var parts []string
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + m.From.ISO()
		if m.To != nil {
			s += ".." + m.To.ISO()
		}
		if m.YearInferred {
			s += "~"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		defaultYear int
		want        string
	}{
		{"day month year", "Held on 2 December 2019 in New York.", 0, "2 December 2019=2019-12-02"},
		{"day range hyphen", "Held 2-4 December 2019.", 0, "2-4 December 2019=2019-12-02..2019-12-04"},
		{"day range en dash", "Held 2–4 December 2019.", 0, "2–4 December 2019=2019-12-02..2019-12-04"},
		{"day range spaced dash", "Held 2 – 4 December 2019.", 0, "2 – 4 December 2019=2019-12-02..2019-12-04"},
		{"from range", "From 2-4 December 2019 the group met.", 0, "2-4 December 2019=2019-12-02..2019-12-04"},
		{"a numbered day is no start of a range", "### Day 1 – 18 November 2025", 0, "18 November 2025=2025-11-18"},
		{"a numbered session is no start of a range", "Session 3 – 4 May 2025", 0, "4 May 2025=2025-05-04"},
		{"a label at the end of the line before counts nothing", "organizational session\n24 Mar 2026", 0, "24 Mar 2026=2026-03-24"},
		{"from to range", "held from 9 to 11 September 2024 at the centre", 0, "9 to 11 September 2024=2024-09-09..2024-09-11"},
		{"between and", "between 2 and 4 December 2019", 0, "2 and 4 December 2019=2019-12-02..2019-12-04"},
		{"and without between", "items 2 and 4 December 2019", 0, "4 December 2019=2019-12-04"},
		{"two days running joined by and", "held on 22 and 23 October 2026 in Vienna", 0, "22 and 23 October 2026=2026-10-22..2026-10-23"},
		{"two days running joined by an ampersand", "on 25 & 26 November 2026", 0, "25 & 26 November 2026=2026-11-25..2026-11-26"},
		{"two days running without a year", "on 2 and 3 April", 2026, "2 and 3 April=2026-04-02..2026-04-03~"},
		{"month day range", "on December 2-4, 2019, delegates", 0, "December 2-4, 2019=2019-12-02..2019-12-04"},
		{"month day", "on December 2, 2019 delegates", 0, "December 2, 2019=2019-12-02"},
		{"month day no comma", "on March 15 2024 delegates", 0, "March 15 2024=2024-03-15"},
		{"cross month", "Suva, 30 November – 2 December 2023", 0, "30 November – 2 December 2023=2023-11-30..2023-12-02"},
		{"cross month to", "from 27 February to 1 March 2024", 0, "27 February to 1 March 2024=2024-02-27..2024-03-01"},
		{"cross month month first", "November 30 – December 2, 2023", 0, "November 30 – December 2, 2023=2023-11-30..2023-12-02"},
		{"cross year", "28 December 2023 – 3 January 2024", 0, "28 December 2023 – 3 January 2024=2023-12-28..2024-01-03"},
		{"cross year one year", "28 December – 3 January 2024", 0, "28 December – 3 January 2024=2023-12-28..2024-01-03"},
		{"cross year first year", "28 December 2023 – 3 January", 0, "28 December 2023 – 3 January=2023-12-28..2024-01-03"},
		{"weekday ordinal comma", "Tuesday, 10th October, 2023", 0, "Tuesday, 10th October, 2023=2023-10-10"},
		{"weekday abbreviated", "Tue 10 Oct 2023 · 14:00–15:30 CEST", 0, "Tue 10 Oct 2023=2023-10-10"},
		{"weekday context year", "In March 2024 we met. Then Tuesday 5 November we left.", 0, "March 2024=2024-03; Tuesday 5 November=2024-11-05~"},
		{"weekday picks year", "launched in 2022 … until Friday 15 November.", 2024, "2022=2022; Friday 15 November=2024-11-15~"},
		{"weekday next year", "after 2025. WEDNESDAY 6 NOVEMBER", 0, "2025=2025; WEDNESDAY 6 NOVEMBER=2024-11-06~"},
		{"ordinals", "1st May 2024, 2nd June 2024, 3rd July 2024, 4th August 2024, 22nd May 2024, 11th May 2024", 0,
			"1st May 2024=2024-05-01; 2nd June 2024=2024-06-02; 3rd July 2024=2024-07-03; 4th August 2024=2024-08-04; 22nd May 2024=2024-05-22; 11th May 2024=2024-05-11"},
		{"wrong ordinal", "the 2th May 2024", 0, "May 2024=2024-05"},
		{"of", "the 5th of March 2024", 0, "5th of March 2024=2024-03-05"},
		{"month year", "in February 2020 the group", 0, "February 2020=2020-02"},
		{"in month year", "in March 2024", 0, "March 2024=2024-03"},
		{"month comma year", "Issue 41 · December, 2023", 0, "December, 2023=2023-12"},
		{"month range", "January–March 2024", 0, "January–March 2024=2024-01..2024-03"},
		{"cued month", "by the end of April", 2024, "April=2024-04~"},
		{"uncued month", "March on, she said", 2024, ""},
		{"month to be confirmed", "February (TBC) — Informal consultations; May (dates to be confirmed)", 2026, "February=2026-02~; May=2026-05~"},
		{"month before another bracket", "March (Geneva) on, she said", 2024, ""},
		{"lower case month", "we may 5 times march", 2024, ""},
		{"year only cues", "in 2018, since 2016, by 2030, until 2020", 0, "2018=2018; 2016=2016; 2030=2030; 2020=2020"},
		{"year range", "From 2016 to 2020 she worked", 0, "2016 to 2020=2016..2020"},
		{"year range dash", "in 2016–2020", 0, "2016–2020=2016..2020"},
		{"year without cue", "the 2015 GGE report and 2021 report", 0, ""},
		{"year cue then acronym", "in 2015 GGE report", 0, ""},
		{"year out of bounds", "in 1850 and in 2150", 0, ""},
		{"season", "Authors' workshop: spring 2024 (dates tbc)", 0, "spring 2024=2024"},
		{"summer", "in summer 2020", 0, "summer 2020=2020"},
		{"early late mid", "early 2024, late 2025 and mid-2026", 0, "early 2024=2024; late 2025=2025; mid-2026=2026"},
		{"late month", "until late September 2024", 0, "late September 2024=2024-09"},
		{"iso", "datetime=\"2024-02-12\"", 0, "2024-02-12=2024-02-12"},
		{"iso time", "2024-02-12T10:00Z", 0, "2024-02-12=2024-02-12"},
		{"iso invalid", "2024-02-30", 0, ""},
		{"abbreviated", "5 Nov 2024, Dec. 3, 2024, 4 Sept 2024, 6 SEP 2024", 0,
			"5 Nov 2024=2024-11-05; Dec. 3, 2024=2024-12-03; 4 Sept 2024=2024-09-04; 6 SEP 2024=2024-09-06"},
		{"numeric day first", "due 10/03/2024 and 29/03/2024", 0, "10/03/2024=2024-03-10; 29/03/2024=2024-03-29"},
		{"numeric month first only", "due 03/25/2024", 0, "03/25/2024=2024-03-25"},
		{"numeric dots", "on 10.03.2024.", 0, "10.03.2024=2024-03-10"},
		{"31 February", "31 February 2024 and 29 February 2023 and 29 February 2024", 0, "29 February 2024=2024-02-29"},
		{"reversed range", "4-2 December 2019", 0, "2 December 2019=2019-12-02"},
		{"times", "09:00–09:30 | Main Hall, 14:00 UTC, 10:00 CET, from 12:45", 0, ""},
		{"time after date", "Thursday 14 March at 13:00", 2024, "Thursday 14 March=2024-03-14~"},
		{"date before colon", "Week of 15 January 2024: briefing", 0, "15 January 2024=2024-01-15"},
		{"session symbols", "resolution 73/27, A/70/174, 2016/2017, A/AC.418/2024/3", 0, ""},
		{"page numbers", "pp. 12-14, p. 2019, para. 5", 0, ""},
		{"counts", "2,000 delegates in 2,019 rooms; 1.5 million", 0, ""},
		{"no year anywhere", "on 5 November", 0, ""},
		{"default year", "on 5 November", 2024, "5 November=2024-11-05~"},
		{"context year", "15 March 2024. Then on 9 February", 2023, "15 March 2024=2024-03-15; 9 February=2024-02-09~"},
		{"precise beats bare", "19 March 2024 … in 2020 … by the end of April", 0, "19 March 2024=2024-03-19; 2020=2020; April=2024-04~"},
		{"inferred range", "in 2025, from 9 to 11 September", 0, "2025=2025; 9 to 11 September=2025-09-09..2025-09-11~"},
		{"inferred leap", "in 2023 on 29 February", 0, "2023=2023"},
		{"weekday both ends", "Monday 2 – Wednesday 4 December 2024", 0, "Monday 2 – Wednesday 4 December 2024=2024-12-02..2024-12-04"},
		{"day heading", "DAY 2 – WEDNESDAY 6 NOVEMBER 2024", 0, "WEDNESDAY 6 NOVEMBER 2024=2024-11-06"},
		{"line break", "2 December\n2019", 0, ""},
		{"line break range", "2 December 2019 –\n4 December 2019", 0, "2 December 2019=2019-12-02; 4 December 2019=2019-12-04"},
		{"glued", "5G networks, A70 December 2019", 0, "December 2019=2019-12"},
		{"nbsp", "2\u00a0December\u00a02019", 0, "2\u00a0December\u00a02019=2019-12-02"},
		{"empty", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.text, Find(tt.text, tt.defaultYear))
			if got != tt.want {
				t.Errorf("Find(%q, %d)\n got %s\nwant %s", tt.text, tt.defaultYear, got, tt.want)
			}
		})
	}
}
