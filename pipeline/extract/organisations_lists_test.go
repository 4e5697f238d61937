package extract

import (
	"sort"
	"testing"
)

func TestListOrganisations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long names in other languages in a signatory list",
			"We, the undersigned organisations, ask for openness.\n\nSignatories:\nDerechos Abiertos (Chile)\nInstituto de Pesquisa em Direito e Tecnologia do Recife (Brazil)\nPollicy (Uganda)\n",
			[]string{"Brazil", "Chile", "Derechos Abiertos", "Instituto de Pesquisa em Direito e Tecnologia do Recife", "Pollicy", "Uganda"}},
		{"points of contact in a name", "The Regional Consultation on Points of Contact met in Bangkok on 3 March 2026 with the ASEAN Secretariat.", []string{"ASEAN Secretariat"}},
		{"members in many languages",
			"We are glad that these members are on the list:\n\n- Observatoire andin des droits numériques, Peru\n- Kituo cha Haki za Kidijitali, Kenya\n- Fundacja Bezpieczny Internet (Poland)\n- Netzrecht e.V.\n",
			[]string{"Fundacja Bezpieczny Internet", "Kenya", "Kituo cha Haki za Kidijitali", "Netzrecht e.V.", "Observatoire andin des droits numériques", "Peru", "Poland"}},
		{"organisers with their stakeholder group in brackets",
			"Organizers: Reef University (Academia, Reef Cable Foundation); Tidewater Network (Civil Society, Harbour Data Institute)\n",
			[]string{"Harbour Data Institute", "Reef Cable Foundation", "Reef University", "Tidewater Network"}},
		{"annex list under a heading",
			"## Annex: List of participating organisations\n\n- Ciberpaz\n- Condor Data Systems\n- Organization of American States\n",
			[]string{"Ciberpaz", "Condor Data Systems", "Organization of American States"}},
		{"signatories one a line in a letter of organisations",
			"We, the undersigned organisations, write to you.\n\nSignatories:\nAccess Horizons\nKestrelwood\nTamarind Labs (Kenya)\n",
			[]string{"Access Horizons", "Kenya", "Kestrelwood", "Tamarind Labs"}},
		{"signatories that may be people stay in review",
			"We write to you.\n\nSignatories:\nAmara Okafor\nLena Hofmann\n",
			nil},
		{"signed by a comma and semicolon list",
			"The letter of four organisations was signed by Kito Networks, Brightline Trust; Solace Digital and Quillfeather. It was sent on Monday.",
			[]string{"Brightline Trust", "Kito Networks", "Quillfeather", "Solace Digital"}},
		{"organisers after a label, one of them an organisation by its cue",
			"Session type: Workshop. Organisers: Halden Security Lab and Rede Cidadã Digital.",
			[]string{"Halden Security Lab", "Rede Cidadã Digital"}},
		{"endorsed by with a colon and semicolons",
			"Four organisations wrote it. This statement is endorsed by: Relief Data Commons; Sentinel Humanitarian Tech; the Karibu Trust and Meridian Aid Networks.",
			[]string{"Karibu Trust", "Meridian Aid Networks", "Relief Data Commons", "Sentinel Humanitarian Tech"}},
		{"co-organised by two organisations, one with a cue",
			"The dialogue is co-organised by Red Andina de Ciberseguridad and the Lima Policy Lab.",
			[]string{"Lima Policy Lab", "Red Andina de Ciberseguridad"}},
		{"topics under an organisations heading are no organisations",
			"## Organisations and their roles\n\n- Capacity building\n- Incident response\n",
			nil},
		{"partners of a project include",
			"Partners of the project include Sankofa Labs, the Volta Policy Institute and Dunamis Data.",
			[]string{"Dunamis Data", "Sankofa Labs", "Volta Policy Institute"}},
		{"groups such as, the list ending at the verb",
			"Civil society groups such as Access Now and the Cyber Peace Institute were less enthusiastic.",
			[]string{"Access Now", "CyberPeace Institute"}}, // the reference data's spelling
		{"signed by a number is no list",
			"The letter was signed by 45 organisations from 20 countries.",
			nil},
		{"a sub-heading is no organisation",
			"SIGNATORIES\nOrganisations\n- Palisade Labs (Brazil)\n- Open Netwerk\n",
			[]string{"Brazil", "Open Netwerk", "Palisade Labs"}},
		{"people with jobs in a list are no organisations",
			"Partners:\n- Jane Holt, Director, Palisade Labs\n- Tom Reyes, researcher\n",
			[]string{"Palisade Labs"}},
		{"a heading followed by a paragraph is no list",
			"Regional organisations\n\nThe African Union and the OAS were invited to brief the Group.\n",
			[]string{"African Union", "Organization of American States"}},
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
