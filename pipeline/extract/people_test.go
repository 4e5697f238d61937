package extract

import (
	"sort"
	"testing"
	"unicode/utf8"
)

func TestPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"bio", "Ingrid Solberg-Ames is a research fellow at the Arctic Policy Institute.",
			[]string{"Ingrid Solberg-Ames"}},
		{"a compound surname after an honorific", "The session will be co-facilitated by Ms. Lindqvist-Obuya and the Chair.", []string{"Lindqvist-Obuya"}},
		{"a single surname after an honorific needs more", "The session will be co-facilitated by Ms. Lindqvist and the Chair.", nil},
		{"a byline for a group", "_Kept by Ana Ruiz-Holt for the Reef Reading Group. Last updated in June._", []string{"Ana Ruiz-Holt"}},
		{"a surname after an honorific that a later full name ends with", "Dr. Lindqvist-Obuya opened. Later, Dr. Maja Lindqvist-Obuya closed the meeting.", []string{"Maja Lindqvist-Obuya"}},
		{"a producer is no byline", "The podcast is produced by Harbour Audio for the Reef Institute.", nil},
		{"officers with their countries in brackets", "She thanked the Vice-Chairs, among them Ana Ruiz-Holt (Colombia) and Lena Holt (Finland), and its Rapporteur, Sione Fakatava (Tonga).", []string{"Ana Ruiz-Holt", "Lena Holt", "Sione Fakatava"}},
		{"a name under a heading that labels it", "Online Moderator\n\nTomás Achterberg-Nnamdi\n\nEntry prepared by Sigrun Vesterhus-Abara; reviewed later.", []string{"Sigrun Vesterhus-Abara", "Tomás Achterberg-Nnamdi"}},
		{"an advocate's title", "The seminar is led by Adv. Lerato Dlamini-Voss of the Cape Bar.", []string{"Lerato Dlamini-Voss"}},
		{"a labelled list of names alone", "Speakers: Ana Ruiz, Lena Holt and Tomás Achterberg-Nnamdi.", []string{"Ana Ruiz", "Lena Holt", "Tomás Achterberg-Nnamdi"}},
		{"the attribution under a quotation", "“Cables are the new coastline.”\n— Marta Quispe-Lindahl, Reef Institute", []string{"Marta Quispe-Lindahl"}},
		{"initials as an honorific", "We welcome H.E. Tomas Ekberg Lind to the podium.", []string{"Tomas Ekberg Lind"}},
		{"a speaker's card: a name over a job title", "## Speakers\n\n### Oskar Lindqvist-Ba\n\nSenior Fellow, Institute of Tides, Malmö\n\nZdeňka Procházková\nHead of Unit, Ministry of Foreign Affairs of Slovakia", []string{"Oskar Lindqvist-Ba", "Zdeňka Procházková"}},
		{"a heading over a sentence is no card", "### Warm Welcome\n\nDirector Ana Ruiz-Holt opened the day.", []string{"Ana Ruiz-Holt"}},
		{"co-authors of a reference before an emphasised title", "Reading list\n\n- Ana Ruiz-Holt and Rohan Kulkarni-D'Souza, *Cables at Sea* (Suva: Reef Press, 2024).\n- Pieter-Jan van den Berg-Sasaki, \"Repairs at Sea\", Reef Review 2 (2023).", []string{"Ana Ruiz-Holt", "Pieter-Jan van den Berg-Sasaki", "Rohan Kulkarni-D'Souza"}},
		{"a byline pair before a separator", "Notes on cables\n\nBy Ana Ruiz-Holt and Benedikt zu Löwenstein-Okoro · 12.02.2025 · 22 min read\n\nText.", []string{"Ana Ruiz-Holt", "Benedikt zu Löwenstein-Okoro"}},
		{"live-caption turns, short names and a name without its accents", "Panel\n\nAmbassador Lucía Pérez-Ibáñez opened.\n\n>> ANA RUIZ: Good morning.\n\n>> LUCIA PEREZ IBANEZ: Thank you.\n\n>> DONG-HYUN SEO: If I can add.", []string{"Ana Ruiz", "Dong-Hyun Seo", "Lucía Pérez-Ibáñez"}},
		{"Welsh and Arabic particles", "Moderator: **Rhian ap Dafydd**, Reef Institute\n\nNour al-Din Haddad is a fellow at the Reef Institute.", []string{"Nour al-Din Haddad", "Rhian ap Dafydd"}},
		{"a name opening a list line before a dash, and after a quotation", "Selection committee\n\nHélder Mucavele Cossa — Reef Institute of Technology, Maputo\n\n\"It was harder than the real thing.\" — Domingos Ximenes Soares, Ministry of Foreign Affairs", []string{"Domingos Ximenes Soares", "Hélder Mucavele Cossa"}},
		{"editors credited after their names", "The Reef Ledger\n\nXimena Quispe Mamani and Radu-Ștefan Ionescu, editors\n", []string{"Radu-Ștefan Ionescu", "Ximena Quispe Mamani"}},
		{"Portuguese honorifics", "The jury is chaired by Embaixadora Maria do Rosário Vaz Pinto Lobo.", []string{"Maria do Rosário Vaz Pinto Lobo"}},
		{"places are no people", "Next steps\n\nViet Nam has offered to host the signing.\n\nAddis Ababa, Ethiopia, P. O. Box 12", nil},
		{"a heading and a taskforce are no people", "Key Takeaways (due at the end of the day)\n\n- Ana Ruiz-Holt, Deputy Head, Taskforce Reef Cable Policy, Ministry of Foreign Affairs", []string{"Ana Ruiz-Holt"}},
		{"contributors credited in a line, and a numbered speaker label", "The Reef Report\n\nWith contributions from Ingrid Sønder-Vik, Fatoumata Binta Sall and Lê Văn Khoa\n\nSpeaker 4: Siddharth Venkataraman, Private Sector, Pacific Group", []string{"Fatoumata Binta Sall", "Ingrid Sønder-Vik", "Lê Văn Khoa", "Siddharth Venkataraman"}},
		{"a post's author before a handle", "Thread\n\nZofia Król-Mbeki @zofiak · Jul 11\n\nThe Reef Institute @reefinst · Jul 11", []string{"Zofia Król-Mbeki"}},
		{"a nickname in quotes inside a name", "Moderator: Prof. Reynaldo \"Rey\" Castaño-Lim, University of the Reef\n\nCornelis \"Kees\" Verhoeven-Tanaka is a fellow at the Reef Institute.", []string{"Cornelis Verhoeven-Tanaka", "Reynaldo Castaño-Lim"}},
		{"a name before the organisation it comes from, not a pronoun and a verb", "Notes\n\nBounthavy Sengdara from the Ministry of Technology and Communications of the Reef Republic explained the plan. I'm Ana Ruiz-Holt from the Reef Institute.", []string{"Bounthavy Sengdara"}},
		{"speech verb after", "Tomasz Wielgosz explained how the norms apply.", []string{"Tomasz Wielgosz"}},
		{"said before with organisation", "“We need rules,” said Amara Okafor of the Lagos Digital Forum.", []string{"Amara Okafor"}},
		{"honorific and particles", "The panel was opened by Dr Joost van den Heuvel.", []string{"Joost van den Heuvel"}},
		{"diacritics", "Ms. Nguyễn Thị Lan chaired the debate.", []string{"Nguyễn Thị Lan"}},
		{"apostrophe and hyphen", "Prof. Aoife O'Brien-Kessler (Trinity College Dublin) spoke first.", []string{"Aoife O'Brien-Kessler"}},
		{"byline pair", "Written by Lena Hofmann and Raúl Ibarra\n\nThe text begins here.", []string{"Lena Hofmann", "Raúl Ibarra"}},
		{"label line", "Moderator: Sione Tuilagi (Pacific Policy Hub)", []string{"Sione Tuilagi"}},
		{"list item", "- Mira Castellanos, senior lecturer, University of Oslo", []string{"Mira Castellanos"}},
		{"chair apposition", "The report of the Chair, Kwame Mensah, head of the Accra Cyber Agency, is due.", []string{"Kwame Mensah"}},
		{"all caps transcript", "DR. LEILANI KAHALE (Hawaii Cyber Lab): Thank you.", []string{"Leilani Kahale"}},
		{"heading is not a person", "Practical Information\n\nLanguage: English", nil},
		{"countries are not people", "Kenya proposed a template and Ghana agreed.", nil},
		{"organisation with bio verb", "About Borealis Systems\n\nBorealis Systems is a software company.", nil},
		{"speaker turn with a role and the name in brackets", "MODERATOR (Keisha Braithwaite-Cole): Good morning.\n\nCHAIR (Amb. Rui Tavares): We resume.", []string{"Keisha Braithwaite-Cole", "Rui Tavares"}},
		{"a surname alone in a turn is no new person", "MODERATOR (Braithwaite-Cole): And from the private sector?", nil},
		{"a role in brackets in running text is no turn", "The moderator (Keisha Braithwaite-Cole) thanked everyone.", []string{}},
		{"headlines in a list of related articles are no people", "Related coverage\n\n- Delegates Weigh Threat Landscape, Capacity Needs as Session Opens\n- Experts Urge Action, Warn of Gaps", nil},
		{"list item with a place", "- Tomasz Wielgosz, Warsaw", []string{"Tomasz Wielgosz"}},
		{"short family name in capitals after an honorific", "Panel: Mr Ji-hoon PARK (Korea Internet and Security Agency)", []string{"Ji-hoon Park"}},
		{"capitals in a name are title-cased", "Ms. Ana María GARCÍA LÓPEZ opened the meeting.", []string{"Ana María García López"}},
		{"an acronym after a name is no family name", "Mr Tomas Berg ICT said hello.", []string{"Tomas Berg"}},
		{"name and organisation in brackets", "Speakers included Sophie Laurent (Université de Genève) and Pedro Álvarez (Fundación Esplai).", []string{"Pedro Álvarez", "Sophie Laurent"}},
		{"a place in brackets makes no person", "Events in Port Louis (Mauritius) and Santa Cruz (Bolivia) followed.", nil},
		{"name and organisation cells", "Jean-Claude Mbarga | Cameroon Digital Foundation", []string{"Jean-Claude Mbarga"}},
		{"six words with particles", "Moderator: Dr Ana Lucía de la Cruz Ferrer (Universidad de los Andes)\n\nRapporteur: Dr de la Cruz Ferrer", []string{"Ana Lucía de la Cruz Ferrer"}},
		{"a group of States is no person", "Small Island Developing States welcomed the outcome.", nil},
		{"a headline with a group noun is no person", "Delegates Weigh Threat Landscape\n\nBy Delegates Weigh Threat Landscape", nil},
		{"tags are no people", "Tags: Cyber Diplomacy, United Nations, Capacity Building", nil},
		{"what is organised by is no person", "The dialogue is co-organised by Red Andina de Ciberseguridad.", nil},
		{"family name first in a table cell", "Name | Affiliation\nTANAKA Hiroshi | Director, Ministry of Foreign Affairs of Japan", []string{"Tanaka Hiroshi"}},
		{"family name first in a list", "- NGUYEN Thi Lan (Mekong Policy Lab)", []string{"Nguyen Thi Lan"}},
		{"an acronym and a word are no family name", "- CERT Polska, national team", nil},
		{"family, given with organisation", "- Kowalczyk, Agnieszka (Centre for Cyber Diplomacy Studies)", []string{"Agnieszka Kowalczyk"}},
		{"family with particles, given", "- van den Broek, Pieter", []string{"Pieter van den Broek"}},
		{"city, country on its own line is no name", "Lagos, Nigeria\nQuito, Ecuador", nil},
		{"honourable", "Hon. Grace Mwale-Banda | Minister of Energy and Digitalisation, Zambia", []string{"Grace Mwale-Banda"}},
		{"a division is no person", "TANAKA Hiroshi | Director, Cybersecurity Division, Ministry of Foreign Affairs", []string{"Tanaka Hiroshi"}},
		{"labels whose names fill the line", "Onsite Moderator: Kwesi Boateng-Arthur\nOnline Moderator: Yuki Hamada\nRapporteur: Lucía Pérez Quispe", []string{"Kwesi Boateng-Arthur", "Lucía Pérez Quispe", "Yuki Hamada"}},
		{"a label of no person role makes no person", "Venue: Grand Hotel Lisboa\nTheme: Digital Trust", nil},
		{"a labelled cell", "Time | Session | Speakers\n10:00 | Panel I | Moderator: Inga Bērziņa (Riga Policy Lab); Tomas Vilks (Latvia)", []string{"Inga Bērziņa", "Tomas Vilks"}},
		{"bold name with a bio", "**Kjell-Arne Dahl** is chief operating officer of Nordkabel and moderated both days.", []string{"Kjell-Arne Dahl"}},
		{"a relative clause with who", "With me are Jean-Luc de Sainte-Croix, who advises the ministry, and others.", []string{"Jean-Luc de Sainte-Croix"}},
		{"a role word before a speech verb", "Coordinator Marta Ibáñez-Roca told us the plan worked.", []string{"Marta Ibáñez-Roca"}},
		{"career moves", "Meanwhile, Pieter Janssens leaves the institute to join the secretariat.", []string{"Pieter Janssens"}},
		{"a bold name and a dash in a list", "Contacts\n\n- **Wanjiku Mwangi-Otieno** — Director, Cyber Affairs, Ministry of ICT\n- **Eng. Peter Kamau Njoroge** — Head of Incident Response, National CERT", []string{"Peter Kamau Njoroge", "Wanjiku Mwangi-Otieno"}},
		{"a verb of a biography", "**Salma Al-Harbi** oversees the national authority's outreach to partners.", []string{"Salma Al-Harbi"}},
		{"verbatim turns named by surname", "Ms. Ines Kovač-Horvat, Head of Programme, opened.\n\n    Mr. Haraldsen (Sweden): I have the honour to speak.\n\n    Ms. Kovač-Horvat (Observatory): Thank you.", []string{"Ines Kovač-Horvat", "Haraldsen"}},
		{"a surname with a delegation in running text", "The group will be co-facilitated by Ms. Haraldsen (Norway) and Mr. Okoro-Bassey (Ghana).", []string{"Haraldsen", "Okoro-Bassey"}},
		{"a surname with a place in brackets is no person", "We heard Mr. Haraldsen (today) on that point.", nil},
		{"a role and a surname in capitals open a turn", "COMMISSIONER HALIMA OSEI-TRAORE: Good morning.\n\nCOMMISSIONER OSEI-TRAORE: Thank you.\n\nMODERATOR: Next question.", []string{"Halima Osei-Traore"}},
		{"a surname alone in capitals after a role", "CHAIR OKONJO: We resume.", []string{"Okonjo"}},
		{"authors of cited works", "Notes\n\n[3] Maren Haraldsen-Obi, \"Counting Incidents on Reef Islands\", Journal of Reef Policy 4 (2024).\n[4] Otieno-Barasa, Wanjiru. \"Directories That Work.\" Harbour Review, 2023.", []string{"Wanjiru Otieno-Barasa", "Maren Haraldsen-Obi"}},
		{"a byline with a date after a dot", "# Due Diligence Again\n\n*By Henrike Salvesen-Mbeki · 14 January 2026*\n\nThe text.", []string{"Henrike Salvesen-Mbeki"}},
		{"a name and a title of several words", "Ines Okafor-Lund, High Representative for Reef Affairs, said the group could help.", []string{"Ines Okafor-Lund"}},
		{"a role before a name and a state in brackets", "Opening the session, Chair Tran Minh Duc (Viet Nam) said the group must act.", []string{"Tran Minh Duc"}},
		{"the end of an organisation's name is no person", "- Marta Kowalska-Reyes, Global Forum on Reef Expertise (Intergovernmental Organization)", []string{"Marta Kowalska-Reyes"}},
		{"particles and Gaelic prefixes", "Mr. Kibet arap Rotich met Ms. Zainab ul Huda Malik and Dr. Eoin Ó Dálaigh.", []string{"Eoin Ó Dálaigh", "Kibet arap Rotich", "Zainab ul Huda Malik"}},
		{"a hyphenated role before an apposition", "Its vice-minister of foreign affairs, Marisol Vega Arce, said the plan would work.", []string{"Marisol Vega Arce"}},
		{"two authors after by, then a date", "- Reef options – policy brief by Jonas Brandt Okoye and Lea Mwangi-Sorensen, May 2026", []string{"Jonas Brandt Okoye", "Lea Mwangi-Sorensen"}},
		{"authors in front matter", "---\ntitle: Notes\nauthor: Marta Okonjo-Bell and Li Wei\n---\n\nThe text begins.", []string{"Li Wei", "Marta Okonjo-Bell"}},
		{"a list of authors in front matter", "---\ntitle: Notes\nauthors:\n  - Marta Okonjo-Bell\n  - Li Wei\n---\n\nThe text begins.", []string{"Li Wei", "Marta Okonjo-Bell"}},
		{"an organisation in front matter is no person", "---\ntitle: Notes\nauthor: Geneva Internet Platform\n---\n\nThe text begins.", nil},
		{"a turn with name and affiliation in brackets", "QUESTION FROM THE AUDIENCE (Ruth Achieng, Nairobi Data Trust): Who checks the checkers?", []string{"Ruth Achieng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := publishedPeople(extractText(t, tt.text))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if !equalStrings(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestSurnameResolution(t *testing.T) {
	r := extractText(t, "Dr Annika Holmberg opened the meeting. Holmberg then gave the floor to the delegates.")
	if len(r.People) != 1 {
		t.Fatalf("got %d people, want 1: %+v", len(r.People), r.People)
	}
	p := r.People[0]
	if p.Name != "Annika Holmberg" || len(p.Evidence) != 2 {
		t.Errorf("got %q with %d spans, want Annika Holmberg with 2", p.Name, len(p.Evidence))
	}
	if !contains(p.Aliases, "Holmberg") || !contains(p.Aliases, "Dr Annika Holmberg") {
		t.Errorf("aliases %q lack the surname or the honorific form", p.Aliases)
	}
}

func TestAffiliation(t *testing.T) {
	r := extractText(t, "• Amb. Rosa Quispe, Special Envoy for Cyber Affairs, Ministry of Foreign Affairs of Peru")
	if len(r.Affiliations) != 1 {
		t.Fatalf("got %d affiliations, want 1", len(r.Affiliations))
	}
	a := r.Affiliations[0]
	if a.OrgKey != keyOf("Ministry of Foreign Affairs of Peru") || a.RoleTitle != "Special Envoy for Cyber Affairs" {
		t.Errorf("got %+v", a)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func FuzzPeople(f *testing.F) {
	for _, s := range []string{
		"Ingrid Solberg-Ames is a research fellow at the Arctic Policy Institute.",
		"Speakers: Amb. X (Y); Ms Z (W)",
		"DR. A B (C): hi", "By A B and C D", "- E F, G, H I", "Mr", "Dr. (ret.)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkSpans(t, s, extractText(t, s))
	})
}
