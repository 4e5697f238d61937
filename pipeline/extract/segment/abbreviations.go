package segment

// abbreviations are the words that end with a full stop without ending a
// sentence in the texts we read: titles ("Amb. Baek"), Latin ("e.g."),
// references ("Art. 2(4)", "para. 5", "No. 3") and month abbreviations
// ("Dec. 2019"). They are matched with the case as written, without the
// final stop.
var abbreviations = map[string]bool{
	"Dr": true, "Amb": true, "H.E": true, "Prof": true, "Mr": true, "Ms": true, "Mrs": true,
	"Mx": true, "St": true, "Sr": true, "Jr": true, "Rev": true, "Hon": true, "Gen": true,
	"Col": true, "Lt": true, "Capt": true, "Sen": true, "Rep": true, "Gov": true, "Pres": true,
	"Eng": true, "Engr": true, "Adm": true, "Ma": true, "Adv": true, "Mme": true, "Assoc": true, "Asst": true,
	"U.S": true, "U.N": true, "U.K": true, "E.U": true, "e.g": true, "i.e": true, "cf": true,
	"vs": true, "etc": true, "al": true, "approx": true, "ca": true, "viz": true,
	"No": true, "no": true, "Nos": true, "Art": true, "art": true, "Arts": true, "para": true,
	"paras": true, "Para": true, "p": true, "pp": true, "vol": true, "Vol": true, "ch": true,
	"Ch": true, "sec": true, "Sec": true, "fig": true, "Fig": true, "op": true, "Inc": true,
	"Ltd": true, "Co": true, "Corp": true, "Dept": true, "Univ": true, "Assn": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}
