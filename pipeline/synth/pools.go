package synth

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// Vocabulary the generated names are assembled from. These are common words
// of the field, not names: every organisation, person, place and process of
// a synthetic corpus is a new combination of them and of generated words.
var (
	fields = []string{"Technology and Security", "Digital Governance", "International Security",
		"Cyber Policy", "Strategic Studies", "Internet Policy", "Security Dialogue", "Digital Rights",
		"Information Society", "Conflict Prevention"}
	topics = []string{"Capacity Building", "Critical Infrastructure Protection", "Incident Response",
		"International Law in Cyberspace", "Responsible State Behaviour", "Supply Chain Security",
		"Ransomware", "Cybercrime", "Digital Development", "Information Security", "Threat Intelligence Sharing"}
	processAdjectives = []string{"Open-ended", "Ad Hoc", "Standing", "Intergovernmental", "Regional", "Joint"}
	processKinds      = []string{"Working Group", "Expert Group", "Committee", "Panel", "Forum"}
	roleTitles        = []string{"Director", "Senior Fellow", "Research Associate", "Head of Cyber Policy",
		"Programme Manager", "Legal Adviser", "Deputy Director", "Policy Officer", "Professor of Law", "Cyber Coordinator"}
	honorifics = []string{"Dr", "Ms", "Mr", "Prof.", "Amb.", "", "", ""}
	rooms      = []string{"Main Hall", "Room 1", "Room 2", "Room 3", "Conference Room A", "Conference Room B", "Auditorium", "Foyer"}
)

// City is a generated place in a real country.
type City struct {
	Name    string
	Country string
}

// Org is a generated organisation.
type Org struct {
	Name, Acronym string
	City          int
}

// Person is a generated person with where they work.
type Person struct {
	Honorific, Given, Family string
	Org                      int
	Role                     string
}

// Meeting is a generated meeting of a process.
type Meeting struct {
	Process  int
	Ordinal  int
	City     int
	Venue    string
	Start    time.Time
	Days     int
	Hosts    []int // organisations
	Sessions []string
}

// Pools are the entities a corpus draws from. Their sizes grow with the
// number of texts, so a larger corpus has more distinct entities, and each
// entity is mentioned by several texts, so that merging has work to do.
type Pools struct {
	Cities    []City
	Orgs      []Org
	People    []Person
	Processes []string
	Meetings  []Meeting
}

// newPools builds the pools for a corpus of n texts from the seed.
func newPools(seed uint64, n int, countries []string) *Pools {
	r := rand.New(rand.NewPCG(seed, 0x706f6f6c73))
	p := &Pools{}
	nCities, nOrgs, nPeople := 20+n/20, 20+n/4, 60+n
	for _, w := range uniqueWords(r, nCities, syllablesFor(nCities)) {
		p.Cities = append(p.Cities, City{Name: w, Country: pick(r, countries)})
	}
	p.Orgs = newOrgs(r, p.Cities, countries, nOrgs)
	given := uniqueWords(r, 40+isqrt(nPeople)*2, 2)
	family := uniqueWords(r, 40+isqrt(nPeople)*2, 3)
	seen := map[string]bool{}
	for len(p.People) < nPeople {
		g, f := pick(r, given), pick(r, family)
		if r.IntN(5) == 0 {
			f += "-" + pick(r, family)
		}
		if seen[g+" "+f] {
			continue
		}
		seen[g+" "+f] = true
		p.People = append(p.People, Person{Honorific: pick(r, honorifics), Given: g, Family: f,
			Org: r.IntN(len(p.Orgs)), Role: pick(r, roleTitles)})
	}
	p.Processes = newProcesses(p.Cities, 5+n/200)
	for i := range 10 + n/4 {
		p.Meetings = append(p.Meetings, newMeeting(r, p, i))
	}
	return p
}

// newOrgs makes n distinct organisations from a few name patterns.
func newOrgs(r *rand.Rand, cities []City, countries []string, n int) []Org {
	seen := map[string]bool{}
	var orgs []Org
	for len(orgs) < n {
		c := r.IntN(len(cities))
		city := cities[c].Name
		var name string
		switch r.IntN(7) {
		case 0:
			name = fmt.Sprintf("%s Institute for %s", city, pick(r, fields))
		case 1:
			name = fmt.Sprintf("%s Centre for %s", city, pick(r, fields))
		case 2:
			name = fmt.Sprintf("%s Foundation", word(r, 3))
		case 3:
			name = "University of " + city
		case 4:
			name = fmt.Sprintf("%s %s Network", city, pick(r, fields))
		case 5:
			name = "Ministry of Foreign Affairs of " + cities[c].Country
		default:
			name = fmt.Sprintf("%s Digital Policy Hub", city)
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		orgs = append(orgs, Org{Name: name, Acronym: acronym(name), City: c})
	}
	return orgs
}

// newProcesses names n processes: every combination of the vocabulary,
// then the same preceded by a city's name.
func newProcesses(cities []City, n int) []string {
	combos := len(processAdjectives) * len(processKinds) * len(topics)
	var out []string
	for i := range n {
		k := i % combos
		name := fmt.Sprintf("%s %s on %s", processAdjectives[k%len(processAdjectives)],
			processKinds[k/len(processAdjectives)%len(processKinds)], topics[k/len(processAdjectives)/len(processKinds)])
		if i >= combos {
			name = cities[(i/combos-1)%len(cities)].Name + " " + name
		}
		out = append(out, name)
	}
	return out
}

// newMeeting makes meeting i: a session of a process, somewhere, on some days.
func newMeeting(r *rand.Rand, p *Pools, i int) Meeting {
	m := Meeting{Process: i % len(p.Processes), Ordinal: 1 + i/len(p.Processes)%12, City: r.IntN(len(p.Cities)),
		Venue: word(r, 2) + " " + pick(r, []string{"Conference Centre", "Palace", "Convention Hall", "Hotel"}),
		Start: time.Date(2012+r.IntN(14), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC),
		Days:  1 + r.IntN(4)}
	for range 1 + r.IntN(3) {
		m.Hosts = append(m.Hosts, r.IntN(len(p.Orgs)))
	}
	for range 3 + r.IntN(4) {
		m.Sessions = append(m.Sessions, sessionTitle(r))
	}
	return m
}

// sessionTitle makes an agenda item's title.
func sessionTitle(r *rand.Rand) string {
	return fmt.Sprintf("%s: %s and %s", pick(r, []string{"Panel", "Plenary", "Workshop", "Roundtable", "Side event"}),
		pick(r, topics), pick(r, fields))
}

func isqrt(n int) int {
	x := 1
	for x*x < n {
		x++
	}
	return x
}
