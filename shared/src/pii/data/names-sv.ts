// Generated data module (see ./README.md): @faker-js/faker 10.6.0 locale sv, person.first_name / person.last_name (MIT)
// Lower-case, in the order of the source (DVV lists by frequency, faker lists alphabetical). Regenerate, do not edit.

/** Common Swedish first names. */
export const SWEDISH_FIRST_NAMES: readonly string[] = [
  "agnes", "agneta", "alexandra", "alice", "alva", "amanda", "anette", "anita", "ann", "ann-christin",
  "ann-marie", "anna", "anneli", "annika", "astrid", "barbro", "berit", "birgitta", "britt", "britt-marie",
  "camilla", "carina", "caroline", "cecilia", "charlotte", "ebba", "elin", "elisabeth", "ella", "ellen",
  "elsa", "emelie", "emilia", "emma", "erika", "eva", "felicia", "frida", "gun", "gunilla", "gunnel",
  "hanna", "helen", "helena", "ida", "inger", "ingrid", "isabelle", "jenny", "jessica", "johanna", "josefin",
  "julia", "karin", "karolina", "katarina", "kerstin", "klara", "kristina", "lena", "lina", "linda", "linn",
  "linnéa", "lisa", "lisbeth", "louise", "lovisa", "madeleine", "maja", "malin", "margareta", "maria",
  "marianne", "marie", "matilda", "mikaela", "moa", "mona", "monica", "nathalie", "nina", "olivia",
  "pernilla", "pia", "rebecca", "sandra", "sara", "siv", "sofia", "sofie", "sonja", "susanne", "therese",
  "ulla", "ulrika", "viktoria", "wilma", "yvonne", "åsa", "adam", "albin", "alexander", "ali", "anders",
  "andreas", "anton", "arvid", "axel", "bengt", "björn", "bo", "christer", "christian", "christoffer",
  "claes", "daniel", "david", "dennis", "edvin", "elias", "emil", "erik", "felix", "filip", "fredrik",
  "gabriel", "gunnar", "gustav", "göran", "hans", "henrik", "hugo", "håkan", "isak", "jakob", "jan",
  "jesper", "jimmy", "joakim", "joel", "johan", "john", "johnny", "jonas", "jonathan", "josef", "jörgen",
  "karl", "kenneth", "kent", "kevin", "kjell", "kurt", "lars", "leif", "lennart", "leo", "liam", "linus",
  "lucas", "ludvig", "magnus", "marcus", "martin", "mats", "mattias", "max", "mikael", "mohamed", "niklas",
  "nils", "oliver", "olle", "olof", "oskar", "patrik", "per", "peter", "pontus", "rasmus", "rickard",
  "robert", "robin", "roger", "rolf", "samuel", "sebastian", "simon", "stefan", "stig", "sven", "thomas",
  "tobias", "tommy", "torbjörn", "ulf", "viktor", "william", "åke",
];

/** Common Swedish surnames. */
export const SWEDISH_SURNAMES: readonly string[] = [
  "abrahamsson", "ahmed", "ali", "andersson", "andreasson", "arvidsson", "axelsson", "bengtsson", "berg",
  "berggren", "berglund", "bergman", "bergqvist", "bergström", "björk", "björklund", "blom", "blomqvist",
  "claesson", "dahl", "dahlberg", "danielsson", "ek", "eklund", "ekström", "eliasson", "engström",
  "eriksson", "falk", "forsberg", "fransson", "fredriksson", "gunnarsson", "gustafsson", "hansen", "hansson",
  "hassan", "hedlund", "hellström", "henriksson", "hermansson", "holm", "holmberg", "holmgren", "holmqvist",
  "håkansson", "isaksson", "jakobsson", "jansson", "johansson", "jonsson", "jönsson", "karlsson", "larsson",
  "lind", "lindberg", "lindgren", "lindholm", "lindqvist", "lindström", "lund", "lundberg", "lundgren",
  "lundin", "lundqvist", "lundström", "löfgren", "magnusson", "martinsson", "mattsson", "mohamed", "månsson",
  "mårtensson", "nilsson", "norberg", "nordin", "nordström", "nyberg", "nyström", "olofsson", "olsson",
  "persson", "pettersson", "pålsson", "samuelsson", "sandberg", "sandström", "sjöberg", "sjögren", "ström",
  "strömberg", "sundberg", "svensson", "söderberg", "viklund", "wallin", "wikström", "åberg", "åkesson",
  "öberg",
];
