package extract

import (
	"sort"
	"strings"
	"testing"
)

func TestOrganisations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"acronym definition", "The Baltic Institute of Digital Law (BIDL) hosted the talks.",
			[]string{"Baltic Institute of Digital Law"}},
		{"cue word", "Researchers from the Tallaght Foundation attended.", []string{"Tallaght Foundation"}},
		{"a saint's abbreviation inside a name", "She teaches at the University of St. Brendan.", []string{"University of St. Brendan"}},
		{"a company's legal form, and a Spanish connector", "Speakers came from Atlántico Cable Response S.A. and the Fundación Arrecife para la Seguridad Digital.", []string{"Fundación Arrecife para la Seguridad Digital", "Atlántico Cable Response S.A."}},
		{"a French au", "She teaches at the Université Maritime au Service des Îles.", []string{"Université Maritime au Service des Îles"}},
		{"a field that lists its parts, and an embassy with its seat", "Dr Ana Ruiz-Holt, Centre for Law, Technology and Security, spoke with the Embassy of the Kingdom of Tonga in Suva.", []string{"Centre for Law, Technology and Security", "Embassy of the Kingdom of Tonga in Suva"}},
		{"a list of places after a name is not part of it", "The Institute for Reef Studies, Kenya and Ghana signed.", []string{"Ghana", "Institute for Reef Studies", "Kenya"}},
		{"a plural label lists names, none of them an employer", "The Reef Report\n\n**Authors:** Ingrid Sønder-Vik, Kwame Osei-Mensah, Zhang Wei and Lê Văn Khoa\n\n**Kwame Osei-Mensah** is a researcher at the Reef Institute in Suva.", []string{"Reef Institute"}},
		{"a name wrapped over two lines is written on one", "Delegations from many of the smallest island States in the region thanked\nthe staff and all the volunteers of the Reef Institute of\nCable Security for their help.", []string{"Reef Institute of Cable Security"}},
		{"an embassy names its state too", "Remarks were given by the Embassy of the Republic of Palau.", []string{"Embassy of the Republic of Palau", "Palau"}},
		{"an adjective of origin before a noun ends no name", "The partners will launch the Tidemark Academy for East African incident handlers.", []string{"Tidemark Academy"}},
		{"an adjective of origin in a name", "She teaches at the Centre for European Policy in Prague.", []string{"Centre for European Policy"}},
		{"an office keeps its seat", "Staff of the Danube Regional Mission in Vienna took part.", []string{"Danube Regional Mission in Vienna"}},
		{"where an organisation is based is no part of its name", "The drill was designed by the Lagos-based Harmattan Readiness Institute last year.", []string{"Harmattan Readiness Institute"}},
		{"two organisations joined by and", "The statement was drafted by the Coral Alliance for Digital Security and Fundación Puente Abierto last month.", []string{"Coral Alliance for Digital Security", "Fundación Puente Abierto"}},
		{"a job before the ministry", "Ms. Ana Ruiz, Permanent Secretary in the Ministry of Foreign Affairs and Foreign Trade, spoke.", []string{"Ministry of Foreign Affairs and Foreign Trade"}},
		{"a mission to the United Nations", "It was co-hosted with the Permanent Mission of Colombia to the United Nations in New York.", []string{"Permanent Mission of Colombia to the United Nations"}},
		{"a stakeholder group is no organisation", "Marta Kowalska-Reyes (Intergovernmental Organization) spoke first.", nil},
		{"a publication series is no part of the name", "Cite as: Reef Policy Institute Working Paper 7, 2026.", []string{"Reef Policy Institute"}},
		{"a consulting firm", "The exercise was designed by Oder Risk Associates for the ministry.", []string{"Oder Risk Associates"}},
		{"a ministry names its state too", "It was drafted by the Ministry of Digital Affairs of Peru.", []string{"Ministry of Digital Affairs of Peru", "Peru"}},
		{"ministry with portfolios", "Staff of the Ministry of Energy, Mines and the Digital Economy joined.",
			[]string{"Ministry of Energy, Mines and the Digital Economy"}},
		{"parent", "She teaches at the Faculty of Law of the University of Utrecht.",
			[]string{"Faculty of Law of the University of Utrecht", "University of Utrecht"}},
		{"states acting", "Kenya proposed a template; the session was chaired by Chile.", []string{"Chile", "Kenya"}},
		{"state alias", "The Republic of Korea and Russia spoke.", []string{"Russian Federation", "South Korea"}},
		{"reference body and acronym", "The OEWG met. The Open-ended Working Group adopted its report.", []string{"Open-ended Working Group"}},
		{"known company", "Microsoft’s pledge was noted.", []string{"Microsoft"}},
		{"venue is not an organisation", "They met at the Lakeside Convention Centre.", nil},
		{"meeting name is not an organisation", "The West Coast Cyber Forum takes place from 3 to 5 May 2024.", nil},
		{"a person with an honorific after and ends the name", "Speakers from the University of Ghana and Ms Ama Owusu of the Accra Digital Lab joined.",
			[]string{"Accra Digital Lab", "University of Ghana"}},
		{"the body whose meeting is named", "The informal consultations of the Global Mechanism on ICT Security are expected in April 2026.",
			[]string{"Global Mechanism on ICT Security"}},
		{"the body that holds its session", "The Standing Working Group on Digital Security continued its fourth session today.",
			[]string{"Standing Working Group on Digital Security"}},
		{"a forum that holds its dialogue is an organisation", "The Lusophone Digital Policy Forum will hold its annual dialogue in Lisbon.",
			[]string{"Lusophone Digital Policy Forum"}},
		{"a meeting series is no body", "The second meeting of the Lisbon Round took place on 4 May 2024.", nil},
		{"a minister's portfolio is no organisation", "Panel: H.E. Dr. Amina Yusuf, Minister of Energy and Digitalisation",
			nil},
		{"a minister of a State", "Speaker: Hon. Grace Mwale-Banda, Minister of Energy and Digitalisation, Zambia", []string{"Zambia"}},
		{"a role of a named company is an affiliation", "- Kwesi Boateng, Chief Executive Officer of Harbourline Cyber", []string{"Harbourline Cyber"}},
		{"a brand-like word in an affiliation slot", "- Jean-Baptiste Desrosiers, Chief Executive, TernSec", []string{"TernSec"}},
		{"a plain word in an affiliation slot is no organisation", "- Jean-Baptiste Desrosiers, Chief Executive, Retired", nil},
		{"and after a cue word joins two names", "Researchers from the Volta Policy Institute and Dunamis Data met.",
			[]string{"Volta Policy Institute"}},
		{"and inside a name stays", "Staff of the Centre for Technology and Human Rights met.", []string{"Centre for Technology and Human Rights"}},
		{"a permanent mission", "Co-hosted by the Permanent Mission of Ireland to the United Nations.", []string{"Permanent Mission of Ireland to the United Nations"}},
		{"person of organisation", "said Juma Otieno of the Coast Digital Rights Forum.", []string{"Coast Digital Rights Forum"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := publishedOrgs(extractText(t, tt.text))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if !equalStrings(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestOrganisationDetails(t *testing.T) {
	r := extractText(t, "The Baltic Institute of Digital Law (BIDL) and the Helsinki University. BIDL said so.")
	byName := map[string]Organisation{}
	for _, o := range r.Organisations {
		byName[o.Name] = o
	}
	b := byName["Baltic Institute of Digital Law"]
	if b.Acronym != "BIDL" || b.Kind != "research" {
		t.Errorf("got acronym %q kind %q, want BIDL research", b.Acronym, b.Kind)
	}
	acr := 0
	for _, e := range b.Evidence {
		if e.Field == "acronym" {
			acr++
		}
	}
	if acr != 2 {
		t.Errorf("got %d acronym spans, want 2 (definition and later use)", acr)
	}
	if k := byName["Helsinki University"].Kind; k != "academia" {
		t.Errorf("Helsinki University kind %q, want academia", k)
	}
}

// TestCountriesHaveNames checks that every country of the reference data
// has a name to publish: ISO gives some only in inverted form.
func TestCountriesHaveNames(t *testing.T) {
	for _, c := range testRef(t).Countries {
		if len(c.Forms) > 0 && (c.Name == "" || strings.Contains(c.Name, ",")) {
			t.Errorf("%s: name %q", c.Code, c.Name)
		}
	}
	r := extractText(t, "Delegations of the Democratic Republic of the Congo and Bolivia spoke.")
	for _, o := range r.Organisations {
		if o.Name == "" {
			t.Errorf("an organisation without a name: %+v", o)
		}
	}
}

// TestHoldUnnamed checks that a fact without a name is held for review.
func TestHoldUnnamed(t *testing.T) {
	r := Result{Organisations: []Organisation{{Fact: Fact{Confidence: 0.9}, Name: " "}, {Fact: Fact{Confidence: 0.9}, Name: "Reef Institute"}}}
	holdUnnamed(&r)
	if r.Organisations[0].Confidence >= Threshold || r.Organisations[1].Confidence != 0.9 {
		t.Errorf("got %+v", r.Organisations)
	}
}
