"""English rewrites: the perspective switch, "We offer our clients X." → "Our clients get X."

English has no free word order to exploit, so the customer becomes the subject:
- of "get", in one of three shapes: a double object ("give every member a coach"), "provide/supply someone
  with X", and "send X to someone". Modals stay ("We will send you" → "You will get");
- of the helped verb: "We help our customers reduce costs" → "Our customers reduce costs with our help";
- of "get" with what the company makes for them: "We build your website in two weeks" → "You get your website
  built in two weeks" (the reader is added: offered for a human look only);
- of "learn"/"see" with what the company explains: "We explain how we are paid" → "You learn how we are paid";
- of "get" with the contact: "We call you to discuss it" → "You get a call from us to discuss it", and of
  "hear" with a promised reply: "We will be in touch shortly" → "You will hear from us shortly";
- of a passive: "We will keep you informed" → "You will be kept informed", "We charge by the hour" → "You are
  charged by the hour", "We ask that you call" → "You are asked to call", "We do not share your data" → "Your
  data are not shared" (the reader's own, with any verb that has a plain passive);
and what the reader pays for or receives becomes theirs: "Our initial consultation is free" → "Your initial
consultation is free"; what the company accepts is how the reader pays: "We accept cash and cards" → "You can
pay with cash and cards". Terms and policies lose the company as editors rewrite them: the object of a policy
verb becomes the subject of a passive ("We require a 24 hour notice" → "A 24 hour notice is required") and a
rule the company has becomes one there is ("We have a 50% deposit policy" → "There is a 50% deposit policy").
Any other verb's definite object may take the passive too, with a phrase after the participle ("We take every
concern seriously" → "Every concern is taken seriously").
All but the plain switch and "help" are offered for review only.
An opening adverbial stays in front ("At Brightline, we give …" → "At Brightline, every client gets …"), and
so does a label or lead-in before a colon or a list number ("STEP 2: We …", "A: We …", "1) We …"), and a second
main clause with its own "we" follows unchanged ("… and we approach pricing with care"). Where nothing else
fits, a for-phrase of the customer that ends the clause moves to the front, for review ("For the homeowner, we
strive to make it as easy as possible."); a
company subject other than "we" is kept as the giver ("Our team provides you with X" → "You get X from our
team"). "We strive/aim to give …" loses the intention when switched, so it is offered for a human look only.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.tokens import Span, Token

from wirlint.nlp.fields import MAX_WORDS
from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.opening import COMPANY_DESCRIPTORS, LINKING_ADVERBS, words_of
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import COMPANY, CUSTOMER, voice_of
from wirlint.rewrite.candidate import Candidate, before_trail, capitalise, clause_before_colon, decapitalise
from wirlint.rewrite.english_times import (
    TIME_NOUNS,
    TIME_WORDS,
    final_time_phrase,
    time_phrase,
)
from wirlint.rewrite.phrases import (
    END_MARKS,
    VIEW_VERBS,
    Frame,
    bracket_depths,
    confirmed_by_parse,
    coordinated_infinitive_in,
    join,
    plain_clause,
)

DOUBLE_OBJECT_VERBS = frozenset({"offer", "give", "send", "grant", "bring", "hand", "deliver", "provide"})
WITH_VERBS = frozenset({"provide", "supply", "equip", "furnish"})
TO_VERBS = frozenset({"offer", "give", "send", "deliver", "grant", "bring", "hand", "provide", "supply"})
MODALS = frozenset({"will", "can", "'ll", "’ll", "shall", "may"})
ELLIPTICAL_AUXILIARIES = frozenset(
    {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "did", "does", "have",
     "had", "are", "were", "'ll", "'ve", "'re", "’ll", "’ve", "’re"}
)  # fmt: skip
OFFERING_VERBS = frozenset({"offer", "provide", "deliver", "supply"})
HELP_VERBS = frozenset({"help", "helps"})
CONTROL_VERBS = frozenset({"strive", "aim", "seek", "try", "endeavour", "endeavor", "want", "wish"})
PROGRESSIVE_CONTROL = frozenset({"striving", "aiming", "seeking", "trying", "endeavouring", "endeavoring"})
# adverbs that say how the subject acts of its own accord ("We deliver the goods ourselves")
AGENT_ADVERBS = frozenset({"ourselves", "personally", "proudly", "gladly", "happily", "willingly", "deliberately",
                           "ourself"})  # fmt: skip
# nouns that make "give/offer someone …" an idiom whose receiving side means something else or nothing
GIVING_IDIOMS = frozenset({"run", "piece", "slip", "shoulder", "creeps", "boot", "sack", "finger", "runaround",
                           "word", "hand", "condolences", "apologies", "apology", "sympathy", "prayers",
                           "thoughts", "regards", "wishes", "greetings", "thanks", "congratulations", "gratitude",
                           "sympathies", "bell", "buzz", "tinkle", "shout", "blessing", "blessings", "ring",
                           "hug", "hugs", "kiss", "kisses", "vibes", "strength", "luck", "cheers", "love"})  # fmt: skip
# what may continue a to/for recipient: a relative clause, a list, an age, a condition ("to customers over 65")
RECIPIENT_CONTINUATIONS = frozenset({"who", "that", "which", "and", "or", "of", "over", "under", "aged",
                                     "affected", "living", "from", "with", "without", "between"})  # fmt: skip
# what a company gives something for, in its own name ("to thank you", "to apologise", "to show our appreciation")
COMPANY_PURPOSES = frozenset({"thank", "say", "apologise", "apologize", "show", "express", "welcome", "reward",
                              "celebrate", "convince", "prove", "demonstrate", "honour", "honor",
                              "acknowledge"})  # fmt: skip
# what is handed over when it is offered or provided ("a free consultation", "a 10% discount", "a quote")
SERVICE_NOUNS_EN = frozenset({"consultation", "discount", "guarantee", "warranty", "quote", "estimate", "service",
                              "support", "refund", "reply", "call", "update", "report", "invoice", "reminder",
                              "sample", "copy", "trial", "voucher", "credit", "advice", "assessment", "inspection",
                              "check", "review", "proposal", "answer", "response", "appointment", "delivery",
                              "installation", "upgrade", "drink", "breakfast", "gift", "price", "rate", "rates",
                              "prices", "offer", "session", "lesson", "class", "training", "certificate", "receipt",
                              "confirmation", "tour", "demo", "demonstration", "evaluation", "access",
                              "onboarding", "setup", "shipping", "treatment", "care", "cleaning", "repair",
                              "maintenance", "pickup", "collection", "newsletter", "brochure", "catalogue", "catalog",
                              "guide", "checklist", "questionnaire", "information", "details", "overview", "summary",
                              "feedback", "letter", "email", "e-mail", "message", "notification", "ticket", "password",
                              "code", "link", "quotation", "tip", "idea", "recommendation"})  # fmt: skip
SENDING_VERBS = frozenset({"send", "mail", "post", "ship", "email", "e-mail", "dispatch", "forward"})
YOU_COMPANIONS = frozenset({"guys", "all", "both", "each", "folks", "lot", "people", "yourself",
                            "yourselves"})  # fmt: skip
SUBJECT_COMPANIONS = frozenset({"too", "both", "all", "alone", "each", "ourselves", "together"})
# words of the giver's feeling, manner, partner, mandate, comparison or own things
GIVER_MARKERS = frozenset({"than", "like", "unlike", "behalf", "name", "together", "cooperation", "partnership",
                           "alongside", "pride", "pleasure", "love", "smile", "own", "what",
                           "between", "collectively"})  # fmt: skip
NEUTRAL_ADVERBS_EN = frozenset({"regularly", "quickly", "promptly", "immediately", "directly", "automatically",
                                "instantly", "daily", "weekly", "monthly", "yearly", "annually", "early", "only",
                                "securely", "safely", "easily", "usually", "normally", "typically", "generally",
                                "currently", "already", "additionally", "finally", "also"})  # fmt: skip
SCOPE_WORDS = frozenset({"not", "never", "only", "also", "even", "just", "no"})
# verbs whose object is the customer, with their participle, for the passive ("You are kept informed")
PARTICIPLES = {
    "keep": "kept", "serve": "served", "charge": "charged", "bill": "billed", "ask": "asked", "contact": "contacted",
    "treat": "treated", "inform": "informed", "book": "booked", "update": "updated", "support": "supported",
    "guide": "guided", "advise": "advised", "welcome": "welcomed", "invite": "invited", "call": "called",
    "notify": "notified", "visit": "visited", "train": "trained", "assist": "assisted", "represent": "represented",
    "protect": "protected", "reward": "rewarded", "remind": "reminded", "encourage": "encouraged",
    "connect": "connected", "match": "matched", "consult": "consulted", "coach": "coached", "teach": "taught",
    "pick": "picked", "meet": "met", "bring": "brought", "walk": "walked", "refer": "referred",
    "invoice": "invoiced", "expect": "expected", "require": "required", "assure": "assured", "urge": "urged",
}  # fmt: skip
# complements the passive keeps after the customer: "We will contact you to confirm" → "You will be contacted to
# confirm"; "that" only after "you" ("customers that …" would be a relative clause): "You are reminded that …"
PASSIVE_COMPLEMENTS = frozenset({"to", "that"})
# verbs whose passive with the reader's own as subject says something else or nothing ("We have your back",
# "We love your ideas", "We get your project done"): every other verb takes the passive
NO_PASSIVE = frozenset(
    {"have", "get", "want", "need", "love", "like", "hate", "know", "see", "hear", "feel", "deserve", "earn",
     "lose", "win", "miss", "do", "be", "become", "hope", "wish", "make", "let", "join", "enjoy", "help",
     "thank", "say", "tell", "show", "explain", "offer", "provide", "give", "supply", "grant", "hand", "remember",
     "count", "mean", "keep"}
)  # fmt: skip
# verbs whose object a policy or process names, with their participle, for the agentless passive editors use
# ("We require a 24 hour cancellation notice …" → "A 24 hour cancellation notice is required …")
OBJECT_PARTICIPLES = {
    "require": "required", "accept": "accepted", "guarantee": "guaranteed", "refund": "refunded",
    "verify": "verified", "assign": "assigned", "update": "updated", "test": "tested", "welcome": "welcomed",
    "follow": "followed", "process": "processed", "review": "reviewed", "inspect": "inspected",
    "replace": "replaced", "schedule": "scheduled", "confirm": "confirmed", "complete": "completed",
    "ship": "shipped", "store": "stored", "pack": "packed", "discuss": "discussed", "recommend": "recommended",
}  # fmt: skip
# nouns of rules and terms: "We have a $50 minimum order …" → "There is a $50 minimum order …"
POLICY_NOUNS = frozenset(
    {"minimum", "maximum", "policy", "fee", "charge", "limit", "requirement", "deposit", "cancellation", "lead",
     "period", "window", "guarantee", "warranty", "surcharge", "rule", "deadline", "notice", "t.v.", "tv",
     "television", "parking", "waiting"}
)  # fmt: skip
# an object these open names a known thing, which a passive can put first ("We roast the beans daily." → "The
# beans are roasted daily."); "custom software" without one is a kind, and "Custom software is built" says nothing
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "all", "every", "each", "any"})
# nouns that take an infinitive of their own: "the right to remove", "the time to be thorough"
INFINITIVE_NOUNS = frozenset(
    {"right", "time", "ability", "chance", "opportunity", "effort", "freedom", "power", "decision", "way", "need",
     "option", "responsibility", "courage", "patience", "permission", "privilege", "pleasure", "honor", "honour",
     "care", "trouble", "liberty", "step", "steps", "measure", "measures", "action", "initiative", "commitment",
     "tendency", "desire", "willingness", "determination", "drive", "resolve", "wish", "passion", "mission", "goal",
     "plan", "capacity", "capability", "means", "resources", "tools", "skills", "knowledge", "expertise",
     "experience", "flexibility", "vision", "place", "business", "promise", "pledge", "guarantee"}
)  # fmt: skip
# what an offered thing is for, after "for your": "extension cords for your use" are still given to the reader
BENEFIT_NOUNS = frozenset({"use", "convenience", "comfort", "enjoyment", "safety", "protection", "records"})
# adverbs of frequency that may move from before the verb to the front ("We usually begin …" → "Usually, we …")
FRONTABLE_FREQUENCY_ADVERBS = frozenset(
    {"usually", "generally", "typically", "normally", "often", "sometimes", "eventually", "occasionally"}
)
# words that open a clause inside the sentence, which a final time phrase may belong to ("and", "or" join
# phrases as often as clauses, and a second predicate never reaches a frame)
CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "whenever", "if", "because", "while", "whilst", "as", "where",
     "until", "unless", "although", "though", "so", "since", "after", "before", "once"}
)  # fmt: skip
# verb forms that open a phrase of their own inside the clause ("to baking", "on getting"); right after the finite
# verb they belong to it ("have been building", "end up dealing")
NON_FINITE_TAGS = frozenset({"VVG", "VVI", "VBG", "VBI", "VHG", "VHI", "VDG", "VDI"})
# the company's own business as an object: nothing the reader gets made ("We conduct a broad practice")
BUSINESS_NOUNS = frozenset({"practice", "business", "firm", "company", "agency", "studio", "shop", "store"})
# subject openers written small once an opening phrase precedes them; names keep their capitals
SMALL_AFTER_OPENING = frozenset({"You", "Your", "We", "Our", "Every", "Each", "All", "Any", "The", "A", "An", "This",
                                 "These", "That", "Those", "Some", "Most", "Many", "No", "Its", "Their", "There",
                                 "It", "Both", "One", "Several", "Few", "Selected", "New", "Returning",
                                 "Existing", "Regular", "First-time"})  # fmt: skip
# words that open a clause of time or condition before the main clause: "Once we have …, we will …"
OPENING_SUBORDINATORS = frozenset(
    {"once", "when", "whenever", "after", "as", "if", "while", "whilst", "before", "since", "until", "unless"}
)
NEGATIONS = frozenset({"not", "n't", "n’t"})
# verbs and adjectives of a view that may follow what it is about as an aside ("…, we believe.")
CONFIDENT_WORDS = frozenset({"confident", "convinced", "sure", "certain"})
# finite verbs that take "not" after them: "That is not a good idea, we think."
NEGATABLE_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "can", "should", "would", "could", "has",
                                   "have", "must", "may", "might"})  # fmt: skip
# "We have found that …"; not "seen" or "noticed", which take a bare infinitive ("seen the project grow")
LEARNT_PARTICIPLES = frozenset({"found", "learned", "learnt", "discovered", "realised", "realized"})
MAX_VIEW_CLAUSE = 30  # words: after a longer clause, the aside comes too late to be read as one
# verbs of doing something together with someone, which holds both ways ("We work with you" = "You work with us")
PARTNER_VERBS = frozenset({"work", "collaborate", "cooperate", "partner", "team", "meet", "talk", "speak"})
TOGETHER_WORDS = frozenset({"together", "closely", "directly", "hand", "in", "side", "by", "up"})
# openers of a clause of reason, purpose, time or condition that may open the sentence instead of the company
# verbs that take an infinitive (or an object and an infinitive) as their complement: "We want to …", "We
# ask you to …", "We help families to …"; after them, "to" starts no purpose
INFINITIVE_VERBS = frozenset(
    {"want", "need", "try", "strive", "aim", "hope", "plan", "like", "love", "prefer", "continue", "begin", "start",
     "help", "ask", "allow", "enable", "encourage", "invite", "urge", "expect", "require", "seek", "attempt",
     "endeavour", "endeavor", "wish", "intend", "promise", "agree", "choose", "decide", "offer", "refuse", "fail",
     "manage", "tend", "make", "let", "remind", "advise", "tell", "teach", "train", "persuade", "convince", "order",
     "permit", "empower", "inspire", "motivate", "challenge", "push", "force", "cause", "lead", "get", "commit",
     "dare", "deserve", "learn", "prepare", "afford", "arrange", "wait", "long", "vow", "pledge", "swear", "mean",
     "recommend", "suggest", "instruct", "equip", "know", "hate", "dislike", "pay"}
)  # fmt: skip
# of those, the ones whose infinitive is the subject's own act: with an object between ("try our best to …",
# "make every effort to …"), the infinitive says what for
SUBJECT_CONTROL_VERBS = frozenset(
    {"try", "strive", "aim", "seek", "attempt", "endeavour", "endeavor", "continue", "plan", "intend", "make"}
)
INFINITIVE_TAGS = frozenset({"VVI", "VBI", "VHI", "VDI"})
# what a company pledges itself to, with the preposition that takes the activity: "committed to baking …"
# feelings and the verb that says what causes them ("We are delighted that …" → "That … delights us")
FEELING_CAUSES = {"delighted": "delights us", "thrilled": "thrills us", "excited": "excites us", "honored": "honors us",
                  "honoured": "honours us", "pleased": "pleases us", "proud": "makes us proud"}  # fmt: skip
ANNOUNCING_VERBS = frozenset({"offer", "provide", "present", "announce", "introduce", "serve", "welcome",
                              "bring", "share", "inform", "support", "help"})  # fmt: skip
COMMITMENTS = {"committed": "to", "dedicated": "to", "devoted": "to", "passionate": "about", "focused": "on",
               "focussed": "on", "obsessed": "with"}  # fmt: skip
# verbs of reliance, belief and striving with the preposition of what they are about ("rely on quality")
STANCE_VERBS = {"rely": "on", "count": "on", "depend": "on", "believe": "in", "stand": "for", "strive": "for",
                "aim": "for", "care": "about", "insist": "on", "pride": "on", "take pride": "in", "focus": "on",
                "specialise": "in", "specialize": "in", "thrive": "on"}  # fmt: skip
BE_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "'re", "’re", "'m", "’m"})
# prepositions of place, setting and means whose phrase may open a sentence ("In all our suites, …")
SETTING_PREPOSITIONS = frozenset({"in", "at", "through", "throughout", "across", "around", "from", "within"})
# verbs and nouns whose own phrase with those prepositions is an argument, not a setting
SETTING_GOVERNING_VERBS = frozenset(
    {"put", "place", "set", "keep", "leave", "store", "lay", "hang", "invest", "specialise", "specialize", "involve",
     "engage", "include", "believe", "take", "participate", "succeed", "result", "bring", "pride", "share",
     "interest", "trust", "see", "find", "help", "guide", "walk", "lead", "get", "go", "come", "arrive", "live",
     "stay", "receive", "accept", "welcome", "meet", "greet", "assist", "support", "look", "excel", "work"}
)  # fmt: skip
SETTING_GOVERNING_NOUNS = frozenset(
    {"confidence", "faith", "pride", "interest", "part", "belief", "trust", "investment", "specialist",
     "specialists", "expert", "experts", "leader", "leaders", "expertise", "experience", "skills", "degree",
     "qualification", "qualifications", "training", "background", "career", "role", "involvement", "participation"}
)  # fmt: skip
FRONTABLE_CLAUSE_OPENERS = (
    ("because",), ("so", "that"), ("in", "order", "to"), ("so", "as", "to"), ("so", "as", "not", "to"), ("when",),
    ("whenever",), ("once",), ("before",), ("after",), ("until",), ("unless",), ("if",), ("while",), ("whilst",),
    ("as", "soon", "as"), ("although",), ("though",),
)  # fmt: skip
# verbs whose "if" or "when" clause may be their object (what is asked, checked, told or liked), not a condition
CLAUSE_OBJECT_VERBS = frozenset({"ask", "check", "see", "know", "wonder", "find", "determine", "confirm", "verify",
                                 "decide", "tell", "inquire", "enquire", "assess", "evaluate", "test", "discuss",
                                 "understand", "learn", "consider", "show", "explain", "notify", "inform", "advise",
                                 "like", "love", "hate", "appreciate", "mind", "enjoy", "prefer"})  # fmt: skip
# adverbs that focus the clause after them ("largely because …"): they would stay behind when it moves
FOCUS_ADVERBS = frozenset({"largely", "mainly", "partly", "only", "just", "simply", "precisely", "especially",
                           "particularly", "mostly", "primarily", "exactly", "solely", "purely", "chiefly", "even",
                           "also", "right", "not"})  # fmt: skip
RELATIVE_WORDS = frozenset({"where", "who", "whom", "whose", "which", "that"})
STANDALONE_POSSESSIVES = frozenset({"yours", "ours", "theirs", "hers", "mine"})
THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})
# nouns a "when" or "while" clause may describe as a relative clause ("the moment when …")
RELATIVE_TIME_NOUNS = frozenset({"moment", "point", "case", "cases", "situation", "situations", "times", "days",
                                 "period", "stage", "age", "place"})  # fmt: skip
# what a passive may spell another way: "don't accept" → "are not accepted", "We'll track" → "… will be tracked"
AUXILIARY_SPELLINGS = frozenset({"do", "does", *NEGATIONS, "will", "'ll", "’ll"})
# words after a noun that carry its phrase on ("a stay of two nights") or make a phrasal verb of it ("tear off")
PHRASE_CONTINUATIONS = frozenset({"to", "that", "of", "off", "up", "out", "down", "away", "back", "over"})
# verbs that make something for the reader, with their participle: "We build your website in two weeks." →
# "You get your website built in two weeks." (never safe: the reader is added and the maker named no more)
PRODUCED = {
    "build": "built", "create": "created", "prepare": "prepared", "design": "designed", "produce": "produced",
    "draft": "drafted", "develop": "developed", "craft": "crafted", "install": "installed", "plan": "planned",
    "tailor": "tailored", "write": "written", "conduct": "conducted", "arrange": "arranged", "organise": "organised",
    "organize": "organized", "repair": "repaired", "check": "checked", "handle": "handled", "review": "reviewed",
}  # fmt: skip
# what the reader pays for or receives: "Our fees …" are the reader's fees too ("Your fees …")
READER_OWNED = frozenset(
    {"fee", "fees", "cost", "costs", "quote", "quotes",
     "invoice", "invoices", "bill", "consultation", "consultations", "visit", "appointment", "appointments",
     "delivery", "inspection", "assessment", "report", "food", "meal", "meals", "session", "sessions"}
)  # fmt: skip
PRESENT_PREDICATE_TAGS = frozenset({"VBZ", "VBB", "VM0", "VVZ", "VVB", "VHZ", "VHB"})
# what the company aims at, which a sentence may equate with the reader's good ("Our goal is your satisfaction")
GOAL_NOUNS = frozenset(
    {"goal", "goals", "aim", "mission", "priority", "priorities", "focus", "concern", "purpose", "objective",
     "passion", "commitment", "promise", "reward", "motivation", "inspiration", "pride", "joy", "specialty",
     "speciality"}
)  # fmt: skip
# the company itself, or what it values, which a page names as its own ("Our team", "Our values")
COMPANY_NOUNS = BUSINESS_NOUNS | {
    "team",
    "staff",
    "family",
    "group",
    "organization",
    "organisation",
    "value",
    "vision",
    "philosophy",
    "belief",
    "core",
    "culture",
    "story",
    "history",
}
# what is someone's only with its owner named: a role, a record, a quality ("Our job is to …", "Our expertise")
OWNER_NOUNS = frozenset({"job", "role", "task", "duty", "responsibility", "expertise", "experience", "knowledge",
                         "skill", "reputation", "success", "growth", "accomplishment", "achievement", "heritage",
                         "tradition", "dedication", "approach", "standard", "background", "strength", "specialist",
                         "member", "people", "work", "business", "relationship", "architecture",
                         "style", "hand", "hands", "founder", "owner", "dad", "mom", "mum", "father", "mother",
                         "grandfather", "grandmother", "grandpa", "grandma", "parents", "kids",
                         "children"})  # fmt: skip
# a person's pronouns: a subject they refer back to is someone ("Our baker grew up … with her grandmother")
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# the company's promise to reply, and how the reader hears it: "We will be in touch" → "You will hear from us"
REPLY_PHRASES = {
    ("be", "in", "touch"): "hear from us",
    ("be", "in", "touch", "with", "you"): "hear from us",
    ("get", "in", "touch", "with", "you"): "hear from us",
    ("get", "back", "to", "you"): "hear back from us",
}
# verbs of contacting the reader, and what the reader gets: "We call you" → "You get a call from us"
CONTACT_NOUNS = {"call": "a call", "phone": "a call", "ring": "a call", "email": "an email", "e-mail": "an e-mail",
                 "text": "a text", "visit": "a visit", "message": "a message"}  # fmt: skip
# verbs of explaining, and what the reader does instead: "We explain how …" → "You learn how …"
# what may follow a contact verb whose object, the reader, goes unsaid: a time or a purpose ("call in advance",
# "phone to confirm"), never an object ("call the insurer") or a particle ("call on", "call for")
UNSAID_READER_STARTS = frozenset({"in", "ahead", "beforehand", "before", "within", "to", "once", "when", "if",
                                  "after", "prior", "first"})  # fmt: skip
EXPLAINING_VERBS = {"explain": "learn", "tell": "learn", "show": "see"}
QUESTION_WORDS = frozenset({"how", "what", "why", "which", "when", "where", "whether", "who"})
# words that open a clause describing the offered thing: a reader named there is not its recipient
OBJECT_CLAUSE_STARTS = frozenset({"that", "which", "who", "whose", ",", ";", "based", "depending", "so"})
# means of payment: "We accept cash and cards" is how the reader pays
PAYMENT_MEANS = frozenset(
    {"cash", "check", "checks", "cheque", "cheques", "card", "cards", "visa", "mastercard", "master", "amex",
     "american", "paypal", "transfer", "transfers", "e-transfer", "debit", "credit", "discover", "venmo", "zelle",
     "bitcoin", "apple", "google", "klarna", "sepa", "ach"}
)  # fmt: skip
# verbs of billing whose object, the reader, usually goes unsaid: "We charge by the hour"
BILLING_VERBS = frozenset({"charge", "bill", "invoice"})
# "after receiving your plans", "by providing …": the gerund's doer is the sentence's subject
GERUND_SUBJECT_TAKERS = frozenset({"after", "before", "when", "while", "upon", "on", "by", "since", "without"})
# words that open a clause with a subject of its own, where a gerund is that subject's ("that you … by moving")
SUBJECT_CLAUSE_OPENERS = frozenset({"that", "which", "who", "because", "as", "so", "if", "unless", "until"})
# what a company charges that the reader pays: "We charge a fee of $25" → "You pay a fee of $25"
CURRENCY_SIGNS = frozenset("$€£¥")
FEE_NOUNS = frozenset({"fee", "fees", "rate", "rates", "price", "prices", "surcharge", "charge", "deposit",
                       "minimum", "premium", "commission", "retainer", "percentage"})  # fmt: skip
PREPOSITIONAL_PARTICIPLES = frozenset(
    {"based", "depending", "including", "excluding", "following", "according", "starting", "beginning", "given"}
)
BASE_FORMS = frozenset({"VVB", "VVI", "VBB", "VBI", "VHB", "VHI", "VDB", "VDI"})  # "(that you) call / be / have"
SINGULAR_DETERMINERS = frozenset({"every", "each", "a", "an", "one", "any"})
POSSESSIVES = frozenset({"our", "your", "their", "his", "her", "its", "my"})
# Universal POS and morphology, so that the bundled tagger and an official pipeline read the same way.
NOUNS = frozenset({"NOUN", "PROPN"})
DETERMINERS = frozenset({"DET", "NUM"})
PHRASE_POS = frozenset({"DET", "NUM", "ADJ"}) | NOUNS


def _in_phrase(token: Token) -> bool:
    """Determiners, numbers, adjectives, nouns, and possessives ("our", "their")."""
    return token.pos_ in PHRASE_POS or token.morph.get("Poss") == ["Yes"] or token.lower_ in POSSESSIVES


def _starts_phrase(token: Token) -> bool:
    """A determiner, number or possessive; "a" before a currency sign counts too, which the tagger may read
    as a letter ("a $20 credit")."""
    articles = token.lower_ in {"a", "an", "the"}
    return articles or token.pos_ in DETERMINERS or token.morph.get("Poss") == ["Yes"] or token.lower_ in POSSESSIVES


def _number(token: Token) -> str | None:
    number = token.morph.get("Number")
    return number[0] if number else None


def english_candidates(sentence: Span, lexicon: Lexicon) -> list[Candidate]:
    trail = clause_before_colon(sentence)
    if trail is not None:
        clause_span, tail = trail
        found = [before_trail(candidate, tail) for candidate in _clause_candidates(clause_span, lexicon)]
    else:
        found = _clause_candidates(sentence, lexicon)
    if found:
        return found
    neutral = _article_for_possessive(sentence, lexicon)
    return [neutral] if neutral is not None else []


def _article_for_possessive(sentence: Span, lexicon: Lexicon) -> Candidate | None:
    """ "Our rates include a full breakfast." → "The rates include a full breakfast.": where nothing better
    fits, a thing of the company's that opens the sentence as its subject is named with "the", as editors
    rewrite such sentences; whose it is, the page says. Not the company itself ("Our team", "Our company"),
    not what it aims at ("Our mission is …"), which need their owner. Offered for review only."""
    subject = _our_subject(sentence, FINITE_TAGS)
    if subject is None:
        return None
    nouns = [token.lower_ for token in subject if token.pos_ == "NOUN"]
    owned = GOAL_NOUNS | COMPANY_NOUNS | OWNER_NOUNS
    if any(noun in owned or noun.removesuffix("s") in owned for noun in nouns):
        return None
    if _is_customer_phrase(subject, lexicon):
        return None  # "Our clients get …" are the readers
    if nouns[-1].endswith(("ity", "ness", "ship", "ism")):
        return None  # "Our reliability", "Our partnership": a quality or a bond is only ever someone's
    if any(token.tag_ == "AJS" or token.lower_ in {"most", "best", "own"} for token in subject):
        return None  # "Our greatest achievement …": with "the", a superlative claims the whole world
    if any(token.lower_ in PERSON_PRONOUNS for token in sentence):
        return None  # "Our baker grew up … with her grandmother": a person of the company's, not a thing
    return Candidate(_possessive_replaced(sentence, "The"), "article", False, frozenset({"our", "the"}))


def _our_subject(sentence: Span, verb_tags: frozenset[str]) -> list[Token] | None:
    """The plain noun phrase after an opening "Our" that is the subject of the verb after it ("Our initial
    consultation is …", "Our rates include …"); None for anything longer ("Our team of experts …"), and where
    the company speaks again after the verb: "Our fees are competitive and we aim …" (its side of a comparison
    or a promise), "Our food is delicious, our training extensive, …" (one of its strengths)."""
    words = words_of(sentence)
    if len(words) < 4 or words[0].text != "Our" or words[-1].text not in END_MARKS:
        return None
    ensure_tagged(sentence)
    verb = next((index for index, token in enumerate(words) if token.tag_ in verb_tags), None)
    if verb is None or verb < 2:
        return None
    subject, rest = words[1:verb], words[verb:]
    if not all(token.pos_ in {"ADJ", "NOUN"} or token.lower_ in {"and", "or"} for token in subject):
        return None
    if not any(token.pos_ == "NOUN" for token in subject) or any(token.lower_ == "we" for token in rest):
        return None
    if any(token.text == "," and after.lower_ == "our" for token, after in itertools.pairwise(rest)):
        return None
    return subject


def _possessive_replaced(sentence: Span, word: str) -> str:
    """The sentence with its opening "Our" replaced by ``word``, everything after it as written."""
    first = words_of(sentence)[0]
    return (word + sentence.doc.text[first.idx + len(first.text) : sentence.end_char]).rstrip()


def _clause_candidates(sentence: Span, lexicon: Lexicon) -> list[Candidate]:
    swapped = _reader_owned(sentence) or _identity_swapped(sentence, lexicon) or _goal_activity_first(sentence)
    if swapped is not None:
        return [swapped]
    opening = _opening(sentence)
    if opening is None:
        return []
    prefix, subject, frame = opening
    if _participle_clause(prefix) or _opening_infinitive(prefix):
        return []  # "After visiting your home, we …", "To care for your teeth, we …": the subject's acts
    if prefix and _is_customer_phrase(
        [token for token in prefix if token.pos_ not in {"ADP", "DET"}] or prefix, lexicon
    ):
        return []  # "For our clients, we …" already opens with the customer
    verb_lemma = _predicate_lemma(frame)
    if any(token.lemma_.lower() == verb_lemma for token in frame.tail):
        return []  # "We will tell you what we think, but we will not tell you what to do": one verb, contrasted
    company = None if subject[0].lower_ == "we" else "from " + decapitalise_subject(join(subject))
    explained = _explained(frame) if company is None else None  # "how we are paid" keeps its "we"
    if _elliptical_we(frame.middle) or _participle_clause(frame.middle):
        # "the best service that we can", "…, exceeding industry standards": with the customer as subject, the
        # clause would lose the verb it leaves out or take the customer as its own
        found = [explained] if explained is not None else []
    else:
        found = [
            candidate
            for candidate in (
                _helped(frame, lexicon) if company is None and not prefix else None,
                explained,
                _contacted(frame) if company is None else None,
                _partnered(frame) if company is None else None,
                _perspective(frame, lexicon, company),
                _passive(frame, lexicon) if company is None else None,
                _object_passive(frame, lexicon) if company is None else None,
                _existential(frame) if company is None else None,
                _reply_promised(frame) if company is None else None,
                _payment_accepted(frame) if company is None else None,
                _amount_charged(frame, lexicon) if company is None else None,
            )
            if candidate is not None
        ]
    if not found:
        fronted = _customer_phrase_first(subject, frame, lexicon) if company is None else None
        if fronted is None and not prefix and not frame.tail:
            fronted = (
                _view_last(subject, frame)
                or _time_phrase_first(subject, frame, lexicon)
                or _clause_first(subject, frame)
                or _setting_phrase_first(subject, frame, lexicon)
                or _commitment_last(subject, frame)
                or _stance_object_first(subject, frame)
                or _feeling_caused(subject, frame)
                or _purpose_of_being_here(subject, frame)
            )
        found = [fronted] if fronted is not None else []
    # negation and focus take scope over what follows them; "… to succeed and support you" may be one infinitive
    # or a second predicate: a new subject may change what either means
    scoped = any(token.lower_ in SCOPE_WORDS for token in frame.middle) or coordinated_infinitive_in(frame.middle)
    result = []
    if _describes_the_subject(prefix) or _agent_words([*frame.adverbs, *frame.middle]):
        # "As a family business, we offer you …", "We deliver you the goods ourselves": the phrase describes
        # the subject or how it acts, and with the reader as the subject it would describe the reader
        found = [candidate for candidate in found if candidate.kind != "perspective"]
    companions = bool(subject[1:]) and subject[-1].lower_ in SUBJECT_COMPANIONS
    if companions or any(adverb.lower_ in SUBJECT_COMPANIONS for adverb in frame.adverbs):
        found = [candidate for candidate in found if candidate.kind != "perspective"]  # "We too", "We all"
    if not _neutral_for_the_reader(prefix, frame):
        found = [c.unsafe() if c.kind == "perspective" else c for c in found]
    for candidate in found:
        if not prefix:
            text = capitalise(candidate.text)
        elif subject[0].text[0].isupper() and prefix[-1].text != ",":  # "STEP 2: We …" → "STEP 2: You …"
            text = join(prefix) + " " + capitalise(candidate.text)
        else:
            text = join(prefix) + " " + decapitalise_subject(candidate.text)
        if frame.tail:  # the second clause ("and we approach …") follows the rewritten first one unchanged
            text = text[: -len(frame.end.text)] + _tail_text(frame.tail) + frame.end.text
        candidate = Candidate(text, candidate.kind, candidate.safe and not scoped, candidate.changed)
        result.append(candidate)
    return result


def _neutral_for_the_reader(prefix: list[Token], frame: Frame) -> bool:
    """Whether everything a switch to the reader carries over reads the same with the reader as the subject:
    an opening linking word or time, times, cost and speed. A feeling, manner, partner, mandate, comparison,
    purpose or own thing of the giver's ("With pride, …", "kindly", "on behalf of …", "than the banks", "to say
    thank you", "what others don't", "its own") would describe or compare the reader, so such a switch is
    only for review; so is "shall", which would bind the reader."""
    opening = [token for token in prefix if token.text != ","]
    at_name = (
        len(opening) > 1
        and opening[0].lower_ == "at"
        and all(token.text[:1].isupper() or token.text in {"&", "-"} for token in opening[1:])
    )  # "At Brightline,": where, not who
    if (
        opening
        and not at_name
        and not all(token.lower_ in LINKING_ADVERBS["en"] for token in opening)
        and (final_time_phrase(opening) != 0)
    ):
        return False  # "Unlike the big banks, …", "On behalf of the team, …": an opening of the giver's
    if frame.verb.lower_ == "shall":
        return False
    tokens = [*frame.adverbs, *frame.middle]
    if any(token.lower_ in GIVER_MARKERS for token in tokens):
        return False
    if any(
        token.lower_.endswith("ly") and token.pos_ == "ADV" and token.lower_ not in NEUTRAL_ADVERBS_EN
        for token in tokens
    ):
        return False  # "kindly", "honestly", "patiently": the giver's manner
    middle = frame.middle
    for index in range(1, len(middle) - 1):
        if middle[index].lower_ != "to" or middle[index + 1].tag_ not in INFINITIVE_TAGS:
            continue
        purpose = middle[index + 1 :]
        if middle[index + 1].lemma_.lower() in COMPANY_PURPOSES or any(
            token.lower_ in {"our", "us", "we"} for token in purpose
        ):
            return False  # "… a discount to say thank you", "… to convince you": the purpose was the company's
    return True


def _describes_the_subject(prefix: list[Token]) -> bool:
    """ "As a family business,", "With 30 years of experience,", "Thanks to our expertise,": a role, or what
    the subject brings along; "As we get closer …" is a clause, "With this in mind" describes nobody."""
    if not prefix or prefix[0].lower_ not in {"as", "with", "thanks"}:
        return False
    if prefix[0].lower_ == "as":
        return not any(token.pos_ in {"VERB", "AUX"} or token.lower_ in {"we", "you", "they"} for token in prefix)
    text = " ".join(token.lower_ for token in prefix)
    return any(word in text for word in (*COMPANY_DESCRIPTORS["en"], "year"))


def _agent_words(middle: list[Token]) -> bool:
    """ "ourselves", "personally", "proudly", "as your local experts": how the subject acts of its own accord,
    or its role ("as a PDF" is the thing's form, but a role cannot be told from it reliably)."""
    for index, token in enumerate(middle):
        if token.lower_ != "as" or (index > 0 and middle[index - 1].pos_ in {"ADV", "ADJ"}):
            continue  # "as soon as your parcel …", "as long as": a comparison, not a role
        phrase = list(itertools.takewhile(lambda word: word.pos_ in PHRASE_POS or word.lower_ in POSSESSIVES,
                                          middle[index + 1 :]))  # fmt: skip
        if any(word.pos_ in NOUNS for word in phrase):
            return True  # "as your local experts", "as a family business"; not "as soon as possible", "as well"
    return any(token.lower_ in AGENT_ADVERBS for token in middle)


def _lexical_start(frame: Frame) -> int:
    """Where the lexical verb stands in the middle: after a modal or "do", the verb that follows it; -1 when the
    finite verb is the lexical one."""
    if frame.verb.lower_ not in MODALS | {"do", "does"}:
        return -1
    return next(
        (index for index, token in enumerate(frame.middle) if token.pos_ != "ADV" and token.lower_ not in NEGATIONS), -1
    )


def _progressive(frame: Frame) -> bool:
    """ "We are taking …": a form of "be" before a participle, which is then the lexical verb."""
    return frame.verb.norm_ in BE_FORMS and bool(frame.middle) and frame.middle[0].tag_ == "VVG"


def _predicate_lemma(frame: Frame) -> str:
    """The lemma of the frame's lexical verb: after a modal or "do", the verb that follows it."""
    start = _lexical_start(frame)
    return (frame.middle[start] if start >= 0 else frame.verb).lemma_.lower()


def _customer_phrase_first(subject: list[Token], frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We strive to make it as easy as possible for the homeowner." → "For the homeowner, we strive to make it
    as easy as possible.": a for-phrase of the customer that ends the clause (or its part before a comma) moves
    to the front, as editors rewrite sentences no switch of subject fits. Every word stays; whether the phrase
    belonged to the verb or to the noun before it is not known, so it is offered for a human look only."""
    middle = frame.middle
    if frame.verb.lemma_.lower() == "be":
        return None  # "We are here for you" is the slogan itself, whichever comes first
    for start, token in enumerate(middle):
        if token.lower_ != "for" or start == 0:
            continue
        stop = next((index for index in range(start + 1, len(middle)) if middle[index].text == ","), len(middle))
        phrase = middle[start + 1 : stop]
        if not phrase or len(phrase) > 6 or any(word.text in {"(", ")"} for word in phrase):
            continue
        if phrase[0].lower_ == "the" and len(phrase) > 3 and [w.lower_ for w in phrase[1:3]] == ["benefit", "of"]:
            customer = phrase[3:]  # "for the benefit of our clients"
        else:
            customer = phrase
        if not _is_customer_phrase(customer, lexicon) or customer[-1].pos_ not in NOUNS | {"PRON"}:
            continue
        if any(word.pos_ in {"VERB", "AUX"} for word in phrase):
            continue  # "for clients who need …": a clause of the phrase's own
        if _relative_before(middle[:start]):
            return None  # "a schedule that works best for you": the phrase is the relative clause's
        if any(word.tag_ in FINITE_TAGS for word in middle[:start]):
            return None  # "We know that … must be created for each patient": the phrase is the inner clause's
        if _ends_a_list(middle[:start], phrase):
            return None
        rest = middle[:start] + middle[stop:]
        if rest and rest[-1].text == ",":
            rest = rest[:-1]
        return _phrase_first(join(middle[start:stop]), subject, frame, frame.adverbs, rest)
    return None


def _time_phrase_first(subject: list[Token], frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We end up dealing with this cycle on an almost daily basis." → "On an almost daily basis, we end up
    dealing with this cycle.": a phrase of time that ends a one-clause sentence, or its part before the first
    comma, takes the front, as editors move it where no reader is named. Only where no clause inside could own
    the phrase ("the rooms that you book for a week"), and for a human look only: which phrase deserves the
    front is the writer's choice."""
    middle = frame.middle
    if any(token.lower_ in {"you", "your"} or lexicon.is_customer_noun(token.text) for token in middle):
        return None  # the reader is there: what helps is a rewrite around them, not a time phrase first
    start, after = final_time_phrase(middle), []
    comma = next((index for index, token in enumerate(middle) if token.text == ","), None)
    if start is None and comma is not None:
        # "We've seen it all over the years, but never a year like this one.": the phrase ends the first part
        start, after = final_time_phrase(middle[:comma]), middle[comma:]
        middle = middle[:comma]
    if start is None:
        return _time_adverb_first(subject, frame)
    rest = middle[:start]
    set_off = bool(rest) and rest[-1].text == ","
    if set_off:
        rest = rest[:-1]  # "…, often." → "Often, we …": after its comma the phrase is the whole clause's
    if len(rest) < 2 or any(_breaks_clause(token) for token in rest):
        return None
    if any(token.lower_ in CLAUSE_OPENERS or token.tag_ in FINITE_TAGS for token in rest):
        return None
    if not set_off and any(token.tag_ in NON_FINITE_TAGS or token.lower_ == "to" for token in rest[2:]):
        return None  # "committed to baking fresh bread every day": the time is the baking's, not the commitment's
    return _phrase_first(capitalise(join(middle[start:])), subject, frame, frame.adverbs, rest + after)


def _setting_phrase_first(subject: list[Token], frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We use webcams in all our suites." → "In all our suites, we use webcams."; "We will always aim to exceed
    your expectations through teamwork." → "Through teamwork, we will always aim to exceed your expectations.": a
    phrase of place, setting or means that ends a one-clause sentence takes the front, as editors move it. Only
    after an object of the verb's (a phrase right after the verb may be its own: "We specialise in kitchens",
    "We take pride in our work"), not with verbs and nouns that govern the phrase ("put … in the centre",
    "confidence in"), and for review only: which phrase deserves the front is the writer's choice."""
    middle = frame.middle
    progressive = _progressive(frame)  # "We are building homes | across the region"
    lemma = middle[0].lemma_.lower() if progressive else _predicate_lemma(frame)
    if (frame.verb.norm_ in BE_FORMS and not progressive) or lemma in SETTING_GOVERNING_VERBS:
        return None  # "We are proud of our work in Leeds", "We put the customer in the centre"
    start = _final_setting_phrase(middle)
    if start is None:
        return None
    rest, phrase = middle[:start], middle[start:]
    lexical = 1 if progressive else _lexical_start(frame) + 1  # where the verb's own words start
    object_words = rest[lexical:]
    if not object_words or object_words[0].pos_ == "ADP" or object_words[0].tag_ in INFINITIVE_TAGS:
        return None  # "We specialise | in kitchens", "We aim to be | in …": the phrase may be the verb's
    if not any(token.pos_ in NOUNS | {"PRON"} for token in object_words):
        return None
    if any(_breaks_clause(token) or token.lower_ in CLAUSE_OPENERS | {"we"} for token in rest):
        return None
    if any(token.tag_ in FINITE_TAGS or token.lower_ in RELATIVE_WORDS for token in rest):
        return None  # "the patients we see | in our clinic": the phrase may be the inner clause's
    if any(token.tag_ == "AJS" or token.lower_ in {"most", "than"} for token in rest):
        return None  # "the best bread | in town", "faster than any other agency | in town": the comparison's
    last = rest[-1]
    if lexicon.is_customer_noun(last.text):
        return None  # "our customers | in Texas and Oklahoma same-day delivery": the phrase may describe them
    gerund = last.lower_.endswith("ing") and len(rest) > 1 and rest[-2].pos_ == "ADP"
    if any(token.tag_ == "VVG" and before.pos_ == "ADP" for before, token in itertools.pairwise(rest)):
        return None  # "a model for supporting our practices | across the country": the phrase is the gerund's
    if last.lower_ in TIME_NOUNS or last.lower_.rstrip("s") in TIME_NOUNS:
        return None  # "two weeks | in advance", "a few days | ahead of time": the amount is the phrase's own
    if last.lower_ in SETTING_GOVERNING_NOUNS or last.pos_ in {"ADV", "VERB", "PRON"} or gerund:
        return None  # "our confidence | in our work", "solely | in terms of", "with handing | in", "everything | from"
    if any(
        token.lower_ == "to" and following.tag_ in INFINITIVE_TAGS and token.i > 0 and token.nbor(-1).pos_ in NOUNS
        for token, following in itertools.pairwise(rest)
    ):
        return None  # "a core promise to build new patios | within 28 days": the phrase is the infinitive's
    if any(
        token.lower_ in {"and", "or"} and following.tag_ in INFINITIVE_TAGS | PRESENT_PREDICATE_TAGS
        for token, following in itertools.pairwise(rest)
    ):
        return None  # "… and take care of you | in the best way": the phrase may be the second predicate's
    if any(token.lower_ in {"you", "your"} for token in phrase) or lexicon.is_customer_noun(phrase[-1].text):
        return None  # "in your home", "with our clients": a rewrite around the reader fits them better
    if _ends_a_list(rest, phrase):
        return None
    return _phrase_first(capitalise(join(phrase)), subject, frame, frame.adverbs, rest)


def _ends_a_list(before: list[Token], phrase: list[Token]) -> bool:
    """ "more students learning, more options and opportunities | for children and stronger community
    relationships": after a comma-separated list, a phrase that holds "and"/"or" may hold the list's last item,
    and fronted it would tear the list apart."""
    return any(token.text == "," for token in before) and any(token.lower_ in {"and", "or"} for token in phrase)


def _final_setting_phrase(middle: list[Token]) -> int | None:
    """Where a phrase of place, setting or means that ends ``middle`` starts: "in all our suites", "through
    teamwork and excellent client service", "in an increasingly impersonal world", "from room to room"."""
    for start in range(len(middle) - 2, 0, -1):
        token = middle[start]
        if token.pos_ != "ADP" and token.lower_ not in SETTING_PREPOSITIONS:
            continue
        if token.lower_ == "of" and middle[start - 1].pos_ in NOUNS:
            continue  # "at the rear of the building": a noun's own phrase inside the setting
        if token.lower_ == "to" and "from" in {word.lower_ for word in middle[max(0, start - 3) : start]}:
            continue  # "from room to room"
        phrase = middle[start + 1 :]
        if token.lower_ not in SETTING_PREPOSITIONS or len(phrase) > 7:
            return None  # the last preposition opens no setting ("of", "for", "to"): no phrase of that kind ends it
        if token.lower_ == "from" and "to" not in {word.lower_ for word in phrase}:
            continue  # "from room to room"; a bare "from …" says where something comes from
        if any(word.pos_ in {"VERB", "AUX"} or word.tag_ in NON_FINITE_TAGS for word in phrase):
            return None  # "in making …": a clause of its own
        if phrase[-1].pos_ not in NOUNS or any(word.text in {"(", ")"} for word in phrase):
            return None
        if any(word.pos_ == "DET" and before.pos_ in NOUNS for before, word in itertools.pairwise(phrase)):
            return None  # "in our care | a healthy lunch": a second phrase, the thing given, follows the setting
        if final_time_phrase(middle[start - 1 :]) is not None or phrase[-1].lower_ in TIME_WORDS:
            return None  # "in March", "within the hour": a time, whose own rule keeps the reader's sentences
        return start
    return None


def _clause_first(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We begin at the top of the house because water travels downwards." → "Because water travels downwards,
    we begin at the top of the house."; "We need to start slow so as not to stress the little pup out." → "So
    as not to stress the little pup out, we need to start slow.": a clause of reason, purpose, time or condition
    that ends the sentence moves before the company, as editors reorder such sentences. Every word stays. Not
    when the clause's subject is the company ("…, once we have your plans"), which would open the sentence
    again, nor when the main part holds a clause of its own the moved clause might belong to; the weight of
    the sentence moves, so it is offered for review only."""
    if any(token.lower_ in GOAL_NOUNS for token in subject):
        return None  # "Our mission is to keep pests at bay … so that …": the clause is the infinitive's
    middle = frame.middle
    start = _final_clause_start(middle)
    if start is None:
        start = _purpose_infinitive_start(frame)
    if start is None:
        return None
    main, clause = middle[:start], middle[start:]
    if main and main[-1].text == ",":
        main = main[:-1]
    if not main and frame.verb.lower_ in MODALS | {"do", "does", "did"}:
        return None
    if any(_breaks_clause(token) for token in main + clause[1:]):
        return None  # a list or a second clause: which part the moved clause belongs to is a guess
    if any(token.lower_ == "but" for token in clause[2:]) or any(
        token.lower_ in {"and", "or"} and (following.tag_ in BASE_FORMS or following.pos_ == "VERB")
        for token, following in itertools.pairwise(clause[2:])
    ):
        return None  # "to mitigate any delays but note there will be …": the second verb is the main clause's
    if any(token.lower_ in CLAUSE_OPENERS | {"we"} or token.tag_ in FINITE_TAGS for token in main):
        return None  # "We know that you are busy when …", "the teachers we can": the clause may be the inner one's
    opener = clause[0].lower_
    infinitive = any(
        main[index].pos_ in NOUNS and main[index + 1].lower_ == "to" and main[index + 2].tag_ in INFINITIVE_TAGS
        for index in range(len(main) - 2)
    )  # "an animal to hold": an infinitive of the noun's, which the clause may belong to
    if infinitive and opener in {"until", "when", "whenever", "before", "after", "while", "once", "if", "unless"}:
        return None  # "take in an animal to hold | until the owner is found": the time is the infinitive's
    lemmas = {token.lemma_.lower() for token in [frame.verb, *main]}
    if opener in {"if", "when", "whenever"} and lemmas & CLAUSE_OBJECT_VERBS:
        return None  # "We will check if the part is in stock": what is checked, not a condition
    if opener == "because" and lemmas & (NEGATIONS | {"never"}):
        return None  # "We do not waste resources because …": the negation may deny the reason, not the act
    if any(token.lower_ in {"only", "just", "even"} for token in [*frame.adverbs, *main]):
        return None  # "We can only help you if you book early": first, the condition would leave "only" to "help"
    if _predicate_lemma(frame) in VIEW_VERBS and opener not in {"because", "although", "though"}:
        return None  # "We believe in preventative care to detect conditions before …": the time is the detecting's
    if len(clause) > 1 and clause[1].tag_ == "VVG" and [token.lower_ for token in subject] != ["we"]:
        return None  # "While creating a community, our mission is …": the gerund's doer must be the subject
    if opener == "until" and "from" in {token.lower_ for token in main}:
        return None  # "from the first appointment until the job is complete": one span of time
    return _phrase_first(capitalise(join(clause)), subject, frame, frame.adverbs, main)


def _final_clause_start(middle: list[Token]) -> int | None:
    """Where a clause of reason, purpose, time or condition that ends ``middle`` starts: the last opener
    ("because", "so that", "in order to", "as soon as", "when" …) followed by a finite verb, a gerund or an
    infinitive, whose subject is not the company; "until 5 pm" and "before noon" are phrases of time."""
    words = [token.lower_ for token in middle]
    for start in range(len(words) - 2, 0, -1):
        length = next(
            (len(opener) for opener in FRONTABLE_CLAUSE_OPENERS if tuple(words[start : start + len(opener)]) == opener),
            0,
        )
        if not length:
            continue
        before, clause = words[start - 1], middle[start + length :]
        if before in {"as", "even", "so", "than"} | FOCUS_ADVERBS or before in TIME_NOUNS | RELATIVE_TIME_NOUNS:
            return None  # "as if", "largely because", "the day when …": another opener, a focus, a relative clause
        if clause and clause[0].lower_ in {"and", "or", "but", "yet"}:
            return None  # "never done this before but …": an adverb, and a second clause after it
        if words[start + length - 1] == "to" or (words[start] == "because" and clause[0].lower_ == "of"):
            return start  # "in order to …", "so as not to …", "because of the weather"
        if clause[0].lower_ in {"we", "our", "us"} or voice_of(clause[0]) == COMPANY:
            return None
        if any(token.lower_ in THIRD_PERSON_PRONOUNS | STANDALONE_POSSESSIVES for token in clause):
            return None  # "before it leaves the workshop", "while yours is repaired": first, the pronoun would
            # come before its noun
        verb = next((index for index, token in enumerate(clause) if token.tag_ in FINITE_TAGS | {"VVG"}), None)
        if verb is None or any(token.lower_ in RELATIVE_WORDS for token in clause[:verb]):
            return None  # "until 5 pm", "before agencies where issues are adjudicated": a preposition's phrase
        return start
    return None


def _purpose_infinitive_start(frame: Frame) -> int | None:
    """Where a bare infinitive of purpose that ends the clause starts: "We add varnish to the mixture | to help
    repel moisture.", "We work hard | to offer …". Only after the verb's object or an adverb (not "able to",
    "want to", "the time to", "enough to"), and only for verbs that do not take an infinitive themselves ("We
    ask you to call", "We need to", "We have a lot to offer"), or take one of their own but have an object
    between ("We try our best | to create your orders …")."""
    middle = frame.middle
    infinitive = next(
        (
            index
            for index in range(len(middle) - 1)
            if middle[index].lower_ == "to" and middle[index + 1].tag_ in INFINITIVE_TAGS
        ),
        None,
    )
    progressive = _progressive(frame)  # "We are taking many precautions | to enable …"
    lemma = middle[0].lemma_.lower() if progressive else _predicate_lemma(frame)
    lexical = 0 if progressive else _lexical_start(frame)
    if not infinitive or lemma in {"be", "have"}:
        return None  # none, or right after the verb ("We continue to look for carpenters to add …"): its complement
    if lemma in INFINITIVE_VERBS and (lemma not in SUBJECT_CONTROL_VERBS or infinitive <= lexical + 1):
        return None  # "We ask you to …", "We try to …"; but "We try our best | to create your orders"
    if (frame.verb.norm_ in BE_FORMS and not progressive) or middle[infinitive + 1].lower_ == "include":
        return None  # "We're here to help", "… on carpets to include stairs" (= including stairs)
    before = middle[infinitive - 1]
    effort = before.lower_ == "best" and middle[infinitive - 2].lower_ in {"our", "my"}  # "try our best to …"
    if before.lower_ in INFINITIVE_NOUNS | {"enough"} or (
        before.pos_ not in {"NOUN", "PROPN", "ADV", "PRON"} and not effort
    ):
        return None
    # "with you | to determine …": no object of the verb's ("wait for you to tell us": the reader's infinitive)
    governed = infinitive > 1 and middle[infinitive - 2].pos_ == "ADP" and middle[infinitive - 2].lower_ != "for"
    if (voice_of(before) == CUSTOMER or before.lower_ in {"you", "us", "him", "her", "me"}) and not governed:
        return None  # "We welcome you to contact us": what the reader is to do, not what the company does it for
    if any(token.lower_ in {"too", "so", "enough"} for token in middle[:infinitive]):
        return None  # "too busy to …", "so simple to use": a degree, not a purpose
    return infinitive


def _breaks_clause(token: Token) -> bool:
    """A comma, semicolon, colon, parenthesis or dash: a list or a second clause may start there. A hyphen
    inside a word ("three-step", split by the tokenizer) is none."""
    if token.text in {",", ";", ":", "("}:
        return True
    if token.text not in {"-", "–", "—"}:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return bool(token.whitespace_) or before is None or bool(before.whitespace_)


def _commitment_last(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We are committed to baking fresh bread every day." → "Baking fresh bread every day is what we are
    committed to.": what the company is committed, dedicated or passionate about opens the sentence, as
    editors rewrite such pledges. Only for one activity (a gerund) that ends the sentence; for review only."""
    middle = frame.middle
    if [token.lower_ for token in subject] != ["we"] or frame.tail or frame.verb.norm_ not in BE_FORMS:
        return None
    position = 0
    while position < len(middle) and middle[position].pos_ == "ADV" and middle[position].lower_ not in NEGATIONS:
        position += 1  # "We are deeply committed to …"
    if position + 3 > len(middle):
        return None
    attitude, preposition = middle[position], middle[position + 1]
    if COMMITMENTS.get(attitude.lower_) != preposition.lower_ or middle[position + 2].tag_ != "VVG":
        return None
    activity = middle[position + 2 :]
    if any(_breaks_clause(token) or token.lower_ == "we" for token in activity):
        return None  # "committed to making contributions …, and through … we will …": more than one activity
    if any(token.lower_ in {"and", "or"} and following.tag_ in FINITE_TAGS for token, following in
           itertools.pairwise(activity)):  # fmt: skip
        return None
    past = frame.verb.lower_ in {"was", "were"}
    stance = " ".join(token.text for token in [*frame.adverbs, *middle[:position], attitude, preposition])
    copula, verb = ("was", "were") if past else ("is", "are")  # "We’re" is spelled out after "what we"
    text = f"{capitalise(join(activity))} {copula} what we {verb} {stance}{frame.end.text}"
    return Candidate(text, "fronting", False, frozenset({"is", "was", "are", "what", frame.verb.lower_}))


def _feeling_caused(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We are delighted that you’ve placed your confidence in us." → "That you’ve placed your confidence in us
    delights us."; "We are proud to be an American manufacturer." → "Being an American manufacturer makes us
    proud.": what the company feels about opens the sentence as what causes the feeling, as editors rewrite
    such sentences. Present tense, no degree word on a feeling told by a verb ("so pleased" has no place in
    "pleases us"), and "happy to", "glad to" are left alone: they say the company is willing. For review."""
    middle = frame.middle
    present = frame.verb.norm_ in {"are", "am", "'re", "’re"} or frame.verb.lower_ in {"'re", "’re"}
    if [token.lower_ for token in subject] != ["we"] or frame.tail or not present or frame.adverbs:
        return None
    degree = [token for token in middle[:-1] if token.lower_ in {"very", "so", "really", "extremely"}]
    position = len(degree)
    if middle[:position] != degree or position + 3 > len(middle):
        return None
    feeling = middle[position].lower_
    caused = FEELING_CAUSES.get(feeling)
    if caused is None or (degree and feeling != "proud"):
        return None
    rest = middle[position + 1 :]
    verbs: set[str] = set()  # the verbs made gerunds, which the rewrite changes
    if rest[0].lower_ == "that" and len(rest) > 2:
        cause = "That " + join(rest[1:])  # "That you’ve placed your confidence in us"
    elif rest[0].lower_ == "to" and rest[1].tag_ in BASE_FORMS and _activity_starts(rest[1:]) is not None:
        if any(
            token.lower_ in {"and", "or"} and following.tag_ in BASE_FORMS
            for token, following in itertools.pairwise(rest[2:])
        ):
            return None  # "excited to be a part of it and look forward to …": "look" may be the company's verb
        if rest[1].lemma_.lower() == "be" and len(rest) > 2 and rest[2].tag_ == "VVG":
            return None  # "proud to be averaging …": no gerund of a progressive
        if rest[1].lemma_.lower() in ANNOUNCING_VERBS:
            return None  # "proud to offer …", "pleased to welcome you": a formula for the act, not a feeling
        gerunds = _gerunds(rest[1:])  # "Being involved and helping make it happen"
        if gerunds is None:
            return None
        cause, verbs = gerunds
    else:
        return None
    if any(token.text in {",", ";", ":", "–", "—"} for token in rest):
        return None  # an insertion or a second clause would end up in the subject
    effect = "makes us " + " ".join([*(token.lower_ for token in degree), "proud"]) if feeling == "proud" else caused
    text = f"{cause} {effect}{frame.end.text}"
    changed = {"we", "are", "am", "to", "that", "us", frame.verb.lower_, feeling, *caused.split(), *verbs}
    return Candidate(_attach_clitics(" ".join(text.split())), "fronting", False, frozenset(changed))


def _purpose_of_being_here(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We are here to help you." → "Helping you is why we are here.": what the company is there for opens
    the sentence as a gerund, as editors rewrite such sentences. Present tense, one clause; for review."""
    middle = frame.middle
    present = frame.verb.norm_ in {"are", "'re", "’re"} or frame.verb.lower_ in {"'re", "’re"}
    if [token.lower_ for token in subject] != ["we"] or frame.tail or not present or frame.adverbs:
        return None
    if len(middle) < 3 or middle[0].lower_ != "here" or middle[1].lower_ != "to" or middle[2].tag_ not in BASE_FORMS:
        return None
    if any(token.text in {",", ";", ":", "–", "—"} or token.lower_ in NEGATIONS for token in middle):
        return None  # a second clause or a negation would end up in the subject
    gerunds = _gerunds(middle[2:])
    if gerunds is None:
        return None
    activity, verbs = gerunds
    we_are = "we" + frame.verb.text if frame.verb.text in {"'re", "’re"} else "we are"  # as the page wrote it
    text = f"{activity} is why {we_are} here{frame.end.text}"
    changed = frozenset({"is", "why", "are", "to", frame.verb.lower_, *verbs})
    return Candidate(_attach_clitics(" ".join(text.split())), "fronting", False, changed)


def _gerunds(activity: list[Token]) -> tuple[str, set[str]] | None:
    """ "be involved and to help make it happen" → "Being involved and helping make it happen": each verb of an
    activity list as a gerund, the repeated "to" dropped, with the words that changed; None when a verb has no
    gerund form or the list is no list of activities."""
    starts = _activity_starts(activity)
    if starts is None:
        return None
    words_out: list[str] = []
    changed = {"to"}
    for index, token in enumerate(activity):
        if index + 1 in starts and token.lower_ == "to":
            continue
        if index in starts:
            gerund = inflection(token.lemma_.lower(), "VBG")
            if gerund is None:
                return None
            changed.update({token.lower_, gerund})
            words_out.append(gerund)
        else:
            words_out.append(token.text)
    return capitalise(" ".join(words_out)).replace(" ,", ","), changed


def _stance_object_first(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We pride ourselves on friendly service." → "Friendly service is what we pride ourselves on."; "We count
    on a stable bond between managers and staff." → "A stable bond between managers and staff is what we count
    on.": what the company relies on, believes in or strives for opens the sentence, as editors rewrite such
    statements. Only for the present (or a modal), without negation, when the phrase ends the sentence; for
    review only."""
    middle = frame.middle
    if [token.lower_ for token in subject] != ["we"] or frame.tail:
        return None
    if frame.verb.lower_ in {"was", "were", "did"} or frame.verb.tag_ in {"VVD", "VHD"}:
        return None
    stance = _stance_preposition(frame)
    if stance is None:
        return None
    thing = middle[stance + 1 :]
    if not 1 <= len(thing) <= 15 or not (thing[0].pos_ in NOUNS | PHRASE_POS or thing[0].tag_ == "VVG"):
        return None
    if any(_breaks_clause(token) or token.lower_ in NEGATIONS | {"never"} for token in middle):
        return None
    if any(
        token.lower_ in {"and", "or"} and following.tag_ in FINITE_TAGS | INFINITIVE_TAGS
        for token, following in itertools.pairwise(thing)
    ):
        return None  # "… on quality and will …": a second predicate
    singular = thing[0].tag_ == "VVG" or (
        "and" not in {token.lower_ for token in thing[: _head_end(thing)]} and _is_singular(thing)
    )
    verb_words = " ".join(token.text for token in [*frame.adverbs, frame.verb, *middle[: stance + 1]])
    text = f"{capitalise(join(thing))} {'is' if singular else 'are'} what we {verb_words}{frame.end.text}"
    return Candidate(_attach_clitics(text), "fronting", False, frozenset({"is", "are", "what"}))


def _stance_preposition(frame: Frame) -> int | None:
    """Where the preposition of a verb of reliance, belief or striving stands in the middle ("rely | on",
    "pride ourselves | on", "take great pride | in", "are striving | for"), or None."""
    middle = frame.middle
    start = _lexical_start(frame)
    verb = frame.verb if start < 0 else middle[start]
    if start < 0 and frame.verb.norm_ in BE_FORMS and middle and middle[0].tag_ == "VVG":
        start, verb = 0, middle[0]  # "We are striving for …"
    position = start + 1
    lemma = verb.lemma_.lower()
    if lemma == "pride" and middle[position : position + 1] and middle[position].lower_ == "ourselves":
        position += 1
    elif lemma == "take" and [token.lower_ for token in middle[position : position + 3]][-2:] == ["pride", "in"]:
        position += 1  # "take great pride in"
        lemma = "take pride"
    elif lemma == "take" and middle[position : position + 1] and middle[position].lower_ == "pride":
        lemma = "take pride"
    while position < len(middle) and middle[position].pos_ == "ADV" and middle[position].lower_ not in NEGATIONS:
        position += 1  # "rely heavily on"
    if lemma == "take pride":
        position += 1
    if position >= len(middle):
        return None
    preposition = middle[position].lower_
    if STANCE_VERBS.get(lemma) != preposition and not (lemma == "pride" and preposition == "in"):
        return None  # "pride ourselves on", also written "in"
    return position


def _head_end(phrase: list[Token]) -> int:
    """Where a noun phrase's head part ends: before its first preposition or relative word."""
    return next(
        (index for index, token in enumerate(phrase) if token.pos_ == "ADP" or token.lower_ in RELATIVE_WORDS),
        len(phrase),
    )


def _view_last(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We believe that every child deserves a warm welcome." → "Every child deserves a warm welcome, we
    believe."; "We are confident that your patio will last." → "Your patio will last, we are confident.": what
    the company believes, knows or is sure of opens the sentence, and the view follows as an aside, as editors
    rewrite such sentences ("You deserve more, we think."). "We don't think that is a good idea." → "That is not
    a good idea, we think.": the negation moves into the clause where an auxiliary can take it. Not a clause
    that opens with the company itself ("We know we have to …"); for review only."""
    if [token.lower_ for token in subject] != ["we"] or frame.tail or frame.verb.text.isupper():
        return None  # not the company alone, two clauses, or a heading in capitals
    split = _view_and_clause(frame)
    if split is None:
        return None
    view, middle, negated = split
    if not _clause_of_its_own(middle):
        return None
    clause = join(middle)
    if negated:
        finite = next(token for token in middle if token.tag_ in FINITE_TAGS)
        if finite.lower_ not in NEGATABLE_AUXILIARIES or any(token.lower_ in NEGATIONS for token in middle):
            return None  # "We don't think you need it": the negation would need "do" again
        clause = join(middle[: middle.index(finite) + 1]) + " not " + join(middle[middle.index(finite) + 1 :])
    aside = ["we", *(adverb.text for adverb in frame.adverbs), *(token.text for token in view)]
    text = _attach_clitics(capitalise(clause) + ", " + " ".join(aside)) + frame.end.text
    return Candidate(text, "fronting", False, frozenset({"that", "do"}))


def _view_and_clause(frame: Frame) -> tuple[list[Token], list[Token], bool] | None:
    """(the words of the view, the clause it is about, whether the view was negated): "believe | that …", "are
    confident | that …", "have found | that …", "do n't think | that …"; None when the verb holds no view."""
    middle = list(frame.middle)
    lemma = frame.verb.lemma_.lower()
    negated = lemma == "do" and len(middle) > 2 and middle[0].lower_ in NEGATIONS
    confident = lemma == "be" and bool(middle) and middle[0].lower_ in CONFIDENT_WORDS
    learnt = frame.verb.lower_ in {"have", "'ve", "’ve"} and bool(middle) and middle[0].lower_ in LEARNT_PARTICIPLES
    if negated and middle[1].lower_ in {"think", "believe"}:
        view, middle = [middle[1]], middle[2:]  # "do n't think | that …"
    elif confident or learnt:
        view, middle = [frame.verb, middle[0]], middle[1:]  # "are confident | that …", "have found | that …"
    elif lemma in VIEW_VERBS and not negated:
        view = [frame.verb]
    else:
        return None
    if len(middle) > 1 and middle[0].lower_ == "that" and middle[1].tag_ not in FINITE_TAGS:
        middle = middle[1:]  # the conjunction; in "that is a good idea" it is the subject
    return view, middle, negated


def _clause_of_its_own(middle: list[Token]) -> bool:
    """A clause that can open a sentence: a subject that is not the company ("We know we have to …" would open
    with us again), a finite verb before any comma, one that-clause only, not too long for an aside after it."""
    if len(middle) < 3 or len(middle) > MAX_VIEW_CLAUSE or middle[-1].text in {":", ","}:
        return False
    if middle[0].lower_ in NEGATIONS | QUESTION_WORDS or middle[0].pos_ in {"ADP", "PUNCT"}:
        return False  # "We believe in …", "We understand how …"
    if middle[0].lower_ in {"we", "our", "us"} or voice_of(middle[0]) == COMPANY:
        return False
    if any(token.text in {";", "–", "—"} or (token.text == "-" and token.whitespace_) for token in middle):
        return False  # "… kindness – this helps …": a second clause, which the aside would seem to belong to
    finite = next((index for index, token in enumerate(middle) if token.tag_ in FINITE_TAGS), None)
    if finite is None or any(token.text == "," for token in middle[:finite]):
        return False  # "We understand the need for X, however, …": an object, and a clause after a comma
    if middle[0].pos_ == "NOUN" and finite > 1 and middle[finite - 1].lower_ in {"you", "they", "we", "he", "she", "i"}:
        return False  # "We understand importance of … the way you like it": an object with a clause of its own
    if any(token.text == "," and after.lower_ in {"but", "and", "or"} for token, after in itertools.pairwise(middle)):
        return False  # "…, but not all companies agree": an aside at the end would seem to be the second clause's
    return not any(token.lower_ == "that" for token in middle[1:])


def _partnered(frame: Frame) -> Candidate | None:
    """ "We work together with you to nail down all aspects of design." → "You work together with us to nail
    down all aspects of design.": working, meeting or talking with the reader goes both ways, so the reader may
    be its subject, as editors rewrite such sentences. The verb keeps its form (we and you take the same);
    offered for review, as the reader now seems to lead."""
    tokens = [frame.verb, *frame.middle]
    for index, token in enumerate(tokens[:4]):
        if token.lemma_.lower() not in PARTNER_VERBS:
            continue
        position = index + 1
        while position < len(tokens) and tokens[position].lower_ in TOGETHER_WORDS:
            position += 1
        if [word.lower_ for word in tokens[position : position + 2]] != ["with", "you"]:
            return None
        you = tokens[position + 1]
        after = tokens[position + 2 :]
        if after[:1] and after[0].lower_ == "to" and any(t.lower_ in {"you", "your", "yours"} for t in after):
            return None  # "… with you to understand your goals": the company's act on the reader's, not a joint one
        words = [*frame.adverbs, *tokens]
        text = "You " + "".join(word.text_with_ws if word is not you else "us" + word.whitespace_ for word in words)
        changed = frozenset({"we", "you", "us"})
        return Candidate(_attach_clitics(" ".join(text.split())) + frame.end.text, "perspective", False, changed)
    return None


def _time_adverb_first(subject: list[Token], frame: Frame) -> Candidate | None:
    """ "We usually begin by examining the exterior …" → "Usually, we begin by examining the exterior …": an
    adverb of frequency between the company and its verb may open the sentence instead (for review)."""
    if len(frame.adverbs) != 1 or frame.adverbs[0].lower_ not in FRONTABLE_FREQUENCY_ADVERBS or len(frame.middle) < 2:
        return None
    return _phrase_first(capitalise(frame.adverbs[0].lower_), subject, frame, (), frame.middle)


def _phrase_first(
    front: str, subject: list[Token], frame: Frame, adverbs: tuple[Token, ...], rest: list[Token]
) -> Candidate:
    """ "<front>, we <adverbs> <verb> <rest><end>": a phrase moved before the company, every word kept; which
    phrase deserves the front is the writer's choice, so it is offered for review only."""
    words = [front + ",", decapitalise_subject(join(subject)), *(adverb.text for adverb in adverbs)]
    words.append(join([frame.verb, *rest]))  # "do" and "n't" as written: "don't"
    text = _attach_clitics(" ".join(word for word in words if word)).replace(" ,", ",") + frame.end.text
    return Candidate(text, "fronting", False, frozenset())


def _relative_before(tokens: list[Token]) -> bool:
    """A relative clause ("that works", "which suits", "who need") among ``tokens``."""
    return any(
        token.lower_ in {"that", "which", "who"} and following.pos_ in {"VERB", "AUX"}
        for token, following in itertools.pairwise(tokens)
    )


def _tail_text(tail: tuple[Token, ...]) -> str:
    """ ", and we …" or " and we …", with the spacing it had."""
    text = join(list(tail))
    return text if tail[0].text == "," else " " + text


def _reader_owned(sentence: Span) -> Candidate | None:
    """ "Our initial consultation is free." → "Your initial consultation is free.": what the reader pays for or
    receives (``READER_OWNED``) is theirs as much as the company's. Never safe: the owner changes."""
    words = words_of(sentence)
    if not any(token.lower_ in READER_OWNED for token in words[1:6]):
        return None
    subject = _our_subject(sentence, PRESENT_PREDICATE_TAGS)
    nouns = [token for token in subject or [] if token.pos_ == "NOUN"]
    if not nouns or nouns[-1].lower_ not in READER_OWNED:
        return None
    return Candidate(_possessive_replaced(sentence, "Your"), "perspective", False, frozenset({"our", "your"}))


def _identity_swapped(sentence: Span, lexicon: Lexicon) -> Candidate | None:
    """ "Our goal is your satisfaction." → "Your satisfaction is our goal.": a sentence that equates what the
    company aims at (``GOAL_NOUNS``) with the reader's good puts the reader's side first. Every word stays and
    "is"/"are" agrees with both sides, so it is verified like a reordering."""
    words = words_of(sentence)
    if len(words) < 5 or words[0].text != "Our" or words[-1].text not in END_MARKS:
        return None
    ensure_tagged(sentence)
    verb = next((index for index, token in enumerate(words) if token.lower_ in {"is", "are"}), None)
    if verb is None or verb < 2 or words[verb - 1].lower_ not in GOAL_NOUNS:
        return None
    if not all(token.pos_ in {"ADJ", "NOUN"} for token in words[1:verb]):
        return None  # "Our goal for 2025 is …": only adjectives before the goal
    predicate = words[verb + 1 : -1]
    readers = bool(predicate) and any(lexicon.is_customer_noun(token.text) for token in predicate)
    if not predicate or not (predicate[0].lower_ == "your" or (_starts_phrase(predicate[0]) and readers)):
        return None  # the reader's own ("your safety") or the customers' ("the satisfaction of our clients")
    if any(token.pos_ in {"VERB", "AUX", "PRON"} and token.lower_ not in POSSESSIVES for token in predicate):
        return None  # "Our goal is to help you", "… is what we do": not a noun phrase
    if any(token.lower_ in {"and", "or", ",", "that", "which", "who"} for token in predicate):
        return None  # "your safety and comfort" would need "are"; a clause may refer back to the company
    before_phrase = list(itertools.takewhile(lambda token: token.pos_ != "ADP", predicate))  # "the needs of …"
    head = next((token for token in reversed(before_phrase) if token.pos_ in NOUNS), None)
    if head is None or (_number(head) == "Plur") != (words[verb].lower_ == "are"):
        return None  # the copula must agree with the new subject as it did with the old one
    text = f"{capitalise(join(predicate))} {words[verb].text} {decapitalise(join(words[:verb]))}{words[-1].text}"
    plain_goal = words[verb - 1].lower_ in {"goal", "goals", "aim", "mission", "priority", "objective"}
    if any(token.lower_ in SCOPE_WORDS | {"too", "as", "well"} for token in predicate):
        return None  # "Our goal is your goal too": the particle would end up on the wrong side
    return Candidate(text, "fronting", plain_goal, frozenset())  # "Our passion is your advantage" is no equation


def _goal_activity_first(sentence: Span) -> Candidate | None:
    """ "Our goal is to help you achieve success." → "Helping you achieve success is our goal."; "It is our
    mission to ensure that you receive accurate returns." → "Ensuring that you receive accurate returns is our
    mission.": what the company aims to do opens the sentence as a gerund, as editors rewrite mission
    statements; a list of infinitives becomes a list of gerunds ("to stand by you, to ease your burdens and help
    you …" → "Standing by you, easing your burdens and helping you …"). Offered for review, with the goal's
    advice."""
    words = words_of(sentence)
    if len(words) < 6 or words[-1].text not in END_MARKS:
        return None
    lowered = [token.lower_ for token in words]
    if lowered[:3] != ["it", "is", "our"] and not (words[0].text == "Our" and "is" in lowered):
        return None  # read from the words alone, before any tagging
    ensure_tagged(sentence)
    if lowered[:3] == ["it", "is", "our"] and lowered[3] in GOAL_NOUNS and lowered[4] == "to":
        goal, infinitive = words[2:4], 4  # "It is our mission to …"
        verb = words[1]
    else:
        verb_at = next((index for index, token in enumerate(words) if token.lower_ == "is"), None)
        if verb_at is None or verb_at < 2 or words[0].text != "Our" or lowered[verb_at - 1] not in GOAL_NOUNS:
            return None
        if not all(token.pos_ in {"ADJ", "NOUN"} for token in words[1 : verb_at - 1]):
            return None  # "Our goal for 2025 is …": only adjectives before the goal
        goal, infinitive, verb = words[:verb_at], verb_at + 1, words[verb_at]
    if infinitive + 2 >= len(words) or lowered[infinitive] != "to" or words[infinitive + 1].tag_ not in BASE_FORMS:
        return None
    activity = words[infinitive + 1 : -1]
    starts = _activity_starts(activity)
    if starts is None:
        return None
    marks = [index for index, token in enumerate(activity) if token.text in {",", ";", ":", "(", "–", "—"}]
    listed = {
        index for index in marks if index + 1 in starts or (index + 2 in starts and activity[index + 1].lower_ == "to")
    }
    if any(not _between_adjectives(activity, index) and index not in listed for index in marks):
        return None  # "…, while creating …": the insertion would need a closing comma before "is"
    gerunds = _gerunds(activity)  # "help" → "Helping", "…, to ease …" → "…, easing …"
    if gerunds is None:
        return None
    activity_text, changed = gerunds
    text = f"{activity_text} {verb.lower_} {decapitalise(join(goal))}{words[-1].text}"
    return Candidate(" ".join(_attach_clitics(text).split()), "fronting", False, frozenset(changed | {"it"}))


def _activity_starts(activity: list[Token]) -> set[int] | None:
    """Where each verb of an activity list starts ("stand by you, to ease your burdens and help you …"): after
    a comma, "and", "or" or a repeated "to"; None when a verb after "and" is finite, or "but" or a subject of
    its own starts a second clause ("… but we may fail")."""
    subjects = {"we", "i", "they", "he", "she"}
    second_clause = any(
        token.lower_ in subjects and before.lower_ in {"and", "or", "but", ","}
        for before, token in itertools.pairwise(activity)
    )
    if second_clause or any(token.lower_ == "but" for token in activity):
        return None  # "… but we may fail": a clause of its own, which would end up inside the subject
    starts = {0}
    for index in range(1, len(activity)):
        token, before = activity[index], activity[index - 1]
        joined = before.lower_ in {"and", "or", ",", "to"}
        if token.tag_ in FINITE_TAGS - BASE_FORMS and before.lower_ in {"and", "or", "but"}:
            return None  # "… and is …": a second predicate of its own
        if joined and token.tag_ in BASE_FORMS and token.pos_ in {"VERB", "AUX"}:
            if before.lower_ == "to" and index > 1 and activity[index - 2].lower_ not in {",", "and", "or"}:
                return None  # "help you to find": an infinitive of the verb before, not a new activity
            starts.add(index)
    return starts


def _between_adjectives(tokens: list[Token], index: int) -> bool:
    """A comma in a list of adjectives ("the freshest, healthiest meal"), not one that opens an insertion."""
    before, after = tokens[index - 1] if index else None, tokens[index + 1] if index + 1 < len(tokens) else None
    return tokens[index].text == "," and before is not None and after is not None and before.pos_ == after.pos_ == "ADJ"


def _elliptical_we(tokens: list[Token]) -> bool:
    """ "… that we can.", "… as we do", "… than we did last year": a clause of the company's that leaves out the
    main verb, which a switch of subject would take away. "… each time we service your lawn" names its own."""
    for index, token in enumerate(tokens):
        if token.lower_ != "we":
            continue
        following = tokens[index + 1 : index + 3]
        if not following:
            return True
        auxiliary = following[0].lower_ in ELLIPTICAL_AUXILIARIES
        if auxiliary and (len(following) == 1 or not following[1].tag_.startswith(("V", "XX0"))):
            return True  # no verb after the auxiliary ("than we did last year"): it stands for the main verb
    return False


def _opening_infinitive(prefix: list[Token]) -> bool:
    """ "To care for your teeth, …", "In order to …": an opening infinitive of purpose, whose doer is the
    subject after it, whoever a rewrite makes that."""
    words = [token.lower_ for token in prefix[:4]]
    start = 3 if words[:3] == ["in", "order", "to"] else 1 if words[:1] == ["to"] else 0
    return bool(start) and len(prefix) > start and prefix[start].tag_ in INFINITIVE_TAGS


def _participle_clause(tokens: list[Token]) -> bool:
    """ "…, exceeding industry standards", "… after receiving your plans": a participle after a comma, or a
    gerund after a conjunction or a preposition of time or means in the main clause, takes the subject as its
    own. Participles that work as prepositions ("…, based on the information you provide", "…, including
    parts") do not."""
    main = list(
        itertools.takewhile(lambda token: token.text != "," and token.lower_ not in SUBJECT_CLAUSE_OPENERS, tokens)
    )
    return any(
        before.text == "," and token.tag_ in {"VVG", "VVN"} and token.lower_ not in PREPOSITIONAL_PARTICIPLES
        for before, token in itertools.pairwise(tokens)
    ) or any(
        before.lower_ in GERUND_SUBJECT_TAKERS and token.tag_ == "VVG" for before, token in itertools.pairwise(main)
    )


def decapitalise_subject(text: str) -> str:
    """After an opening adverbial the subject is no longer first: "You get" → "you get", names keep theirs."""
    first = re.split(r"[ '’]", text, maxsplit=1)[0]  # "You'll" counts as "You"
    return decapitalise(text) if first in SMALL_AFTER_OPENING else text


def _opening(sentence: Span) -> tuple[list[Token], list[Token], Frame] | None:
    """(opening adverbial up to its comma, company subject, frame) of a plain declarative clause."""
    words = words_of(sentence)
    if not 4 <= len(words) <= MAX_WORDS:
        return None
    ensure_tagged(sentence)
    prefix: list[Token] = []
    label = _label_end(words)
    if label is not None:  # "STEP 2: We …", "A: We …", "1) We …"
        prefix, words = words[: label + 1], words[label + 1 :]
    # an opening adverbial ("At Brightline,") or a clause of time or condition ("Once we have your plans,")
    clause_first = words[0].lower_ in OPENING_SUBORDINATORS
    comma = next((i for i, token in enumerate(words[: 20 if clause_first else 12]) if token.text == ","), None)
    if comma is not None and comma + 1 < len(words) and words[comma + 1].lower_ == "we":
        if not clause_first and any(token.tag_ in FINITE_TAGS or token.lower_ == "we" for token in words[:comma]):
            return None
        prefix, words = prefix + words[: comma + 1], words[comma + 1 :]
    subject_end = 1
    if words[0].lower_ != "we":
        subject_end = _company_subject_end(words)
        if subject_end is None:
            return None
    frame = plain_clause(words, subject_end, adverbs=True)
    if frame is None:
        return None
    return prefix, words[:subject_end], frame


def _label_end(words: list[Token]) -> int | None:
    """The end of what comes before a "we" that starts a clause anew: a label or short lead-in of
    up to seven words ending in a colon ("STEP 2:", "A:", "Please note:") or a number or letter with a closing
    bracket ("1)", "b)")."""
    if len(words) > 2 and words[1].text == ")" and (words[0].like_num or len(words[0].text) == 1):
        end = 1
    else:
        end = next((index for index, token in enumerate(words[:8]) if token.text == ":"), None)
        if not end:
            return None
    return end if end + 1 < len(words) and words[end + 1].lower_ == "we" else None


def _company_subject_end(words: list[Token]) -> int | None:
    """ "Our team", "Our friendly staff", "Acme Ltd" before a third-person verb."""
    end = 0
    while end < len(words) and end < 5 and (words[end].lower_ == "our" or words[end].pos_ in {"ADJ", "NOUN", "PROPN"}):
        end += 1
    if end == 0 or end >= len(words) or words[end].tag_ not in {"VVZ", "VM0", "VHZ", "VBZ", "VDZ"}:
        return None
    subject = words[:end]
    if subject[0].lower_ == "our" and len(subject) > 1 and subject[-1].pos_ == "NOUN":
        return end if subject[-1].morph.get("Number") != ["Plur"] else None
    return end if all(voice_of(token) == COMPANY for token in subject) else None


def decapitalise_phrase(phrase: list[Token]) -> str:
    """A phrase that opened the sentence, now after something else: its first word small unless a name."""
    text = join(phrase)
    return text if phrase[0].pos_ == "PROPN" or phrase[0].text == "I" else text[:1].lower() + text[1:]


def _helped(frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We help our customers (to) reduce costs." → "With our help, our customers can reduce costs.": help
    makes the action possible, and a bare present would promise its outcome ("With our help, you walk again");
    with a modal, "We can help you find the right plan." → "With our help, you can find the right plan." (a
    "will" would turn the offer into a prediction: shown for review)."""
    verb, middle, modal = frame.verb, frame.middle, None
    if verb.lower_ in MODALS and middle and middle[0].lower_ == "help":
        modal, verb, middle = verb, middle[0], middle[1:]
    if verb.lower_ not in HELP_VERBS or frame.adverbs:
        return None
    recipient = _leading_noun_phrase(middle, lexicon)
    if not recipient or not _is_customer_phrase(recipient, lexicon) or len(recipient) + 1 >= len(middle):
        return None
    rest = middle[len(recipient) :]
    if rest[0].lower_ == "to":
        rest = rest[1:]
    if not rest or rest[0].tag_ not in {"VVI", "VVB", "VVZ"} or rest[0].lower_ != rest[0].lemma_.lower():
        return None  # "We help our clients with …" or "We help clients who …": no verb to hand over
    if rest[0].lower_ in {"help", "like"}:
        # "We help you help yourself" would say "help" twice; in "We help people like you", "like" is no verb
        return None
    if any(token.text in {",", ";", ":"} for token in rest):
        return None  # "with our help" would land after the wrong clause
    if any(token.lower_ in {"us", "ours"} for token in rest[1:]):
        return None  # "We help you find us": the help would be circular
    action = f"{modal.text if modal is not None else 'can'} {rest[0].text}"
    # "With our help," leads: at the end it would attach to the nearest noun or clause ("… after surgery with our
    # help", "a party your guests won't forget with our help", "make new friends with our help")
    lead = "you" if recipient[0].lower_ == "you" else decapitalise_phrase(recipient)
    text = " ".join(["With our help,", lead, action, join(rest[1:])]).replace("  ", " ") + frame.end.text
    changed = frozenset({"help", "helps", "to", "with", "our", "can", rest[0].lower_})
    clause_words = {"what", "that", "which", "who", "whom", "when", "where", "whether", "how", "than", "you", "they",
                    "if", "while"}  # fmt: skip
    # safe only for one plain clause: "by …ing" would change its doer ("by facilitating meetings"), and with an
    # inner or second clause "with our help" may cover more or less than it did ("… when you're at work", "…
    # and we check their work")
    by_gerund = any(a.lower_ == "by" and b.lower_.endswith("ing") for a, b in itertools.pairwise(rest))
    inner_clause = bool(frame.tail) or any(token.lower_ in clause_words for token in rest[1:])
    possible = modal is None or modal.lower_ in {"can", "could"}
    return Candidate(_attach_clitics(text), "perspective", possible and not by_gerund and not inner_clause, changed)


def _perspective(frame: Frame, lexicon: Lexicon, company: str | None) -> Candidate | None:
    our_all = any(a.lower_ == "our" and b.lower_ == "all" for a, b in itertools.pairwise(frame.middle))
    our_best = any(  # "We give you our best (every day)": an effort, as "sein Bestes geben"; not "our best prices"
        a.lower_ == "our" and b.lower_ in {"best", "utmost"} and (c is None or c.pos_ not in NOUNS)
        for a, b, c in zip(frame.middle, frame.middle[1:], [*frame.middle[2:], None], strict=False)
    )
    if our_all or our_best or any(token.lower_ in GIVING_IDIOMS for token in frame.middle):
        return None  # "We give you a run for your money", "our word": an idiom of giving has no receiving side
    middle = frame.middle
    modal = None
    verb = frame.verb
    adverbs = list(frame.adverbs)
    intention = False
    if verb.lower_ in MODALS:
        while middle and middle[0].pos_ == "ADV":  # "We will also provide …"
            adverbs.append(middle[0])
            middle = middle[1:]
        if not middle or middle[0].morph.get("VerbForm") != ["Inf"]:
            return None
        modal, verb, middle = verb, middle[0], middle[1:]
    elif _controlled(verb, middle):
        intention = True  # "We strive to give", "We are striving to give"
        skip = 2 if verb.lower_ in CONTROL_VERBS else 3
        verb, middle = middle[skip - 1], middle[skip:]
    elif verb.morph.get("Tense") != ["Pres"] or (_number(verb) == "Sing") != (company is not None):
        return None  # past tense ("offered") or a form we do not switch
    lemma = verb.lemma_.lower()
    recipient, thing = _recipient_and_thing(lemma, verb, middle, lexicon)
    if recipient and recipient[0].lower_ in {"its", "their", "his", "her"}:
        return None  # "Brightline offers its clients …": first, "its" would have nothing to refer to
    own = itertools.takewhile(lambda token: token.lower_ not in {"to", "that", "who", "which", "so"}, thing)
    if any(token.lower_ in {"you", "yourself"} for token in own):
        return None  # "We hand you over to our partner": the reader is what is handed on, not the one who gets it
    if _second_verb_follows(thing):
        return None  # "… a trial and refund you …": the second verb would lose its subject
    implicit = recipient is None and _offered_without_recipient(lemma, middle, lexicon)
    produced = _produced_for_reader(lemma, middle, lexicon) if recipient is None and not implicit else None
    if implicit:
        thing = middle  # "We offer free estimates." → "You get free estimates.": the reader is added
        if _second_verb_follows(thing):
            return None  # "We only supply new tyres & include new valves": the second verb would lose its subject
        if any(
            a.lower_ == "to" and b.tag_ not in INFINITIVE_TAGS and b.lower_ not in {"you", "your"}
            for a, b in itertools.pairwise(thing)
        ):
            return None  # "We supply fasteners to manufacturers": someone else gets them ("to your door" is yours)
    elif produced is not None:
        implicit = True  # "We build your website …" → "You get your website built …": the reader is added
    elif recipient is None or not thing:
        return None
    if intention and any(token.tag_ == "AJS" or token.lower_ in {"best", "most"} for token in thing):
        return None  # "We strive to provide the highest level of care": striving for the best promises nothing
    attached = False
    singular = not implicit and _is_singular(recipient)
    get = "get" if modal is not None or not singular else "gets"
    subject = "You" if implicit or recipient[0].lower_ == "you" else capitalise(join(recipient))
    words = [subject]
    if modal is not None:
        words.append(modal.text)
    words += [adverb.text for adverb in adverbs] + [get, produced if produced is not None else join(thing)]
    if company is not None:
        if any(token.tag_ in FINITE_TAGS or token.text == "," for token in thing):
            return None  # "… as we work on your project and deliver it … from our Office Manager": whose is it?
        if any(token.lower_ in {"its", "their", "his", "her"} for token in thing):
            return None  # "bread from its own oven from our bakery": the pronoun would lose its company
        # "insights into your sales from our software": after a phrase, "from …" may read as that phrase's
        attached = any(token.pos_ == "ADP" or token.lower_ in {"and", "or"} for token in thing)
        words.append(company)
    text = _attach_clitics(" ".join(words)) + frame.end.text
    changed = frozenset({frame.verb.lower_, verb.lower_, "get", "gets", "are", "is", "to", *CONTROL_VERBS,
                         *((PRODUCED[lemma],) if lemma in PRODUCED else ()),
                         *PROGRESSIVE_CONTROL, *(company.lower().split() if company else ())})  # fmt: skip
    attached = company is not None and attached
    # "We give customers who refer a friend a $20 credit": where the clause ends and the thing begins is a guess
    guessed = recipient is not None and any(t.lower_ in {"who", "that", "which"} for t in recipient)
    guessed = guessed and not any(token.lower_ in {"to", "for"} for token in middle)
    plain = company is None and _plain_phrase(recipient or []) and _plain_phrase(thing, trailing_time=True)
    if lemma in SENDING_VERBS and final_time_phrase(thing) is not None:
        plain = False  # "We'll send you the catalogue today": when it is sent is not when it arrives
    head = next((token for token in reversed(thing) if token.pos_ in NOUNS), None)
    if lemma in {"offer", "provide"} and (head is None or head.lemma_.lower() not in SERVICE_NOUNS_EN):
        plain = False  # "We offer you three plans": on offer to choose from, not handed over
    # "We supply restaurants with …": a bare plural recipient names anyone of the kind, and as the subject the
    # sentence would read as a truth about all restaurants, no longer as the company's service
    generic = recipient is not None and recipient[0].tag_ in {"NN2", "NN0"} and recipient[0].lower_ != "you"
    safe = not intention and not implicit and not attached and not guessed and plain and not generic
    return Candidate(text, "perspective", safe, changed)


def _second_verb_follows(tokens: list[Token]) -> bool:
    """ "and/or/&" before a verb of the company's: a second predicate whose subject a switch would change."""
    return any(
        token.lower_ in {"and", "or", "&"} and following.tag_ in BASE_FORMS | PRESENT_PREDICATE_TAGS
        for token, following in itertools.pairwise(tokens)
    )


def _offered_without_recipient(lemma: str, middle: list[Token], lexicon: Lexicon) -> bool:
    """ "We offer free estimates": an offering verb whose object follows it, with no recipient in the object's
    own part of the clause. A reader named inside a clause that describes the object ("recommendations that
    address your goals", "a checklist … needed from you") is not a recipient."""
    if lemma not in OFFERING_VERBS or not middle or not (_starts_phrase(middle[0]) or _in_phrase(middle[0])):
        return False
    if any(token.lower_ == "own" for token in middle):
        return False  # "We provide our own supplies": the company brings them to the job, the reader gets nothing
    if middle[0].lower_ in {"every", "each"}:
        return False  # "We offer every pupil one-to-one support": the first phrase is whom it is offered to
    first = _leading_noun_phrase(middle, lexicon)
    after = middle[len(first) :] if first else []
    relative = any(token.lower_ in RELATIVE_WORDS for token in first)
    two_phrases = after and after[0].pos_ in NOUNS | {"DET", "ADJ", "NUM"} and after[0].lower_ not in RELATIVE_WORDS
    if two_phrases and not relative:
        return False  # "We offer local businesses advertising space": two phrases, the first is the recipient
    own_part = list(itertools.takewhile(lambda token: token.lower_ not in OBJECT_CLAUSE_STARTS, middle))
    head = _coordinated_phrase(middle, lexicon)
    if head and head[-1].lower_.endswith("ing"):
        return False  # "We offer billing through …": "You get billing" is no English; the reader is billed
    # "for your use", "for your convenience": what the thing is for, not whom it is given to ("to care for your
    # eyes" names whom the company cares for)
    benefit = {
        index + 1
        for index, token in enumerate(own_part[:-2])
        if token.lower_ == "for" and own_part[index + 2].lower_ in BENEFIT_NOUNS
    }
    return not any(
        (token.lower_ == "you" or (token.lower_ == "your" and index not in benefit))
        or lexicon.is_customer_noun(token.text)
        for index, token in enumerate(own_part)
    )


def _payment_accepted(frame: Frame) -> Candidate | None:
    """ "We accept (or take) cash, cheques and all major credit cards." → "You can pay with cash, cheques and all
    major credit cards.": what the company accepts is how the reader pays. The verb changes, so it is never safe."""
    predicate = _plain_predicate(frame)
    if predicate is None:
        return None
    modal, verb, middle, adverbs = predicate
    if modal is not None or verb.lemma_.lower() not in {"accept", "take"} or not middle:
        return None
    if not any(token.lower_ in PAYMENT_MEANS for token in middle[:4]) or middle[0].lower_ in {"payment", "payments"}:
        return None  # "We accept reservations …", "We accept payment by …" (the reader's "pay by" is a new verb)
    if any(token.lower_ == "with" and not depth for token, depth in zip(middle, bracket_depths(middle), strict=True)):
        return None  # "… and with an additional 3% fee – credit cards": a second "with" would read as a means
    words = ["You", "can", *(adverb.text for adverb in adverbs), "pay", "with", join(middle)]
    changed = frozenset({verb.lower_, "can", "pay", "with"})
    return Candidate(" ".join(words) + frame.end.text, "perspective", False, changed)


def _amount_charged(frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We charge $120/hour for our services." → "You pay $120/hour for our services.", "We will charge a fee of
    $25 for late cancellations." → "You will pay a fee of $25 …": what the company charges, the reader pays. Only
    for an amount or a fee as the object (a recipient after "charge" — "We charge you …" — or "by the hour" are
    the passive's); the verb changes, so it is never safe."""
    predicate = _plain_predicate(frame)
    if predicate is None:
        return None
    modal, verb, middle, adverbs = predicate
    if verb.lemma_.lower() != "charge" or not _is_amount(middle, lexicon):
        return None
    words = ["You", *([modal.text] if modal is not None else []), *(adverb.text for adverb in adverbs), "pay"]
    words.append(join(middle))
    changed = frozenset({verb.lower_, "pay"})
    return Candidate(_attach_clitics(" ".join(words)) + frame.end.text, "perspective", False, changed)


def _is_amount(middle: list[Token], lexicon: Lexicon) -> bool:
    """A price or a fee opens the object: "$120/hour", "50 euros", "a fee of $25", "an hourly rate of …"."""
    if not middle:
        return False
    first = middle[0]
    if first.text[:1] in CURRENCY_SIGNS or first.like_num:
        return True
    phrase = list(itertools.takewhile(lambda token: token.pos_ != "ADP", middle[1:5]))  # "a $25 fee", "a fee of"
    if any(token.lower_ == "you" or lexicon.is_customer_noun(token.text) for token in phrase):
        return False  # "We charge our clients a flat fee": the recipient comes first, the passive's case
    return first.lower_ in {"a", "an", "the", "our"} and any(token.lower_ in FEE_NOUNS for token in phrase)


def _produced_for_reader(lemma: str, middle: list[Token], lexicon: Lexicon) -> str | None:
    """What the reader gets when the company makes it: the object, then the verb's participle and the rest
    ("your website built in two weeks", "your event planned"). None when the verb names its beneficiary ("for
    you", "our clients"), or when an object that is not the reader's stands alone ("We build relationships")."""
    participle = PRODUCED.get(lemma)
    if participle is None or not middle or not (_starts_phrase(middle[0]) or _in_phrase(middle[0])):
        return None
    if any(token.lower_ == "you" or lexicon.is_customer_noun(token.text) for token in middle):
        return None
    thing = _leading_noun_phrase(middle, lexicon)
    if not thing or thing[-1].pos_ not in NOUNS or thing[-1].lower_ in BUSINESS_NOUNS:
        return None
    if thing[-1].lower_ in {"things", "stuff"}:
        return None  # "We build things for a living": what the trade makes, nothing the reader gets
    rest = middle[len(thing) :]
    while rest and rest[0].lower_ == "of":  # "the details of your cleaning plan" is one thing: "… plan reviewed"
        owner = _leading_noun_phrase(rest[1:], lexicon)
        if not owner or owner[-1].pos_ not in NOUNS:
            return None
        thing, rest = thing + rest[: len(owner) + 1], rest[len(owner) + 1 :]
    if rest and (rest[0].is_punct or rest[0].lower_ in {"who", "that", "which", "and", "or", "but"}):
        return None  # a list, a clause or a second verb follows: the participle would land in the wrong place
    if rest and (rest[0].pos_ in NOUNS or rest[0].tag_ == "VVZ"):
        # "parking | permits" (the tagger may read "permits" as a verb): the noun goes on, and the participle
        # would split it
        return None
    if not rest and all(token.lower_ != "your" for token in thing):
        return None  # "We build relationships.", "We create a proposal.": nothing said of how the reader gets it
    return " ".join(part for part in (join(thing), participle, join(rest)) if part)


def _plain_predicate(frame: Frame) -> tuple[Token | None, Token, list[Token], list[Token]] | None:
    """(modal, lexical verb, what follows it, adverbs) of "we (will) VERB …" in the present, or None for another
    tense or number: "We will also explain …" → (will, explain, […], [also])."""
    middle, verb, modal, adverbs = frame.middle, frame.verb, None, list(frame.adverbs)
    if verb.lower_ in MODALS:
        while middle and middle[0].pos_ == "ADV":
            adverbs.append(middle[0])
            middle = middle[1:]
        if not middle or middle[0].morph.get("VerbForm") != ["Inf"]:
            return None
        return verb, middle[0], middle[1:], adverbs
    if verb.morph.get("Tense") != ["Pres"] or _number(verb) == "Sing":
        return None
    return modal, verb, middle, adverbs


def _explained(frame: Frame) -> Candidate | None:
    """ "We explain how we are paid." → "You learn how we are paid."; "We will show you what changes." → "You
    will see what changes." Only before a question word: "You learn every step" would say another thing.
    The verb changes, so it is never safe."""
    predicate = _plain_predicate(frame)
    if predicate is None:
        return None
    modal, verb, middle, adverbs = predicate
    lemma = verb.lemma_.lower()
    target = EXPLAINING_VERBS.get(lemma)
    if target is None:
        return None
    if middle and middle[0].lower_ == "you":
        middle = middle[1:]  # "tell you what", "show you how"
    elif lemma == "explain" and [token.lower_ for token in middle[:2]] == ["to", "you"]:
        middle = middle[2:]
    elif lemma != "explain":
        return None  # "We tell what …", "We show how …": no reader to begin with
    if not middle or middle[0].lower_ not in QUESTION_WORDS:
        return None
    words = ["You", *([modal.text] if modal is not None else []), *(adverb.text for adverb in adverbs), target]
    text = _attach_clitics(" ".join([*words, join(middle)])) + frame.end.text
    changed = frozenset({frame.verb.lower_, verb.lower_, target, "to"})
    return Candidate(text, "perspective", False, changed)


def _contacted(frame: Frame) -> Candidate | None:
    """ "We also call you to discuss the matter." → "You also get a call from us to discuss the matter.", "We may
    call in advance to confirm your appointment." → "You may get a call from us in advance to confirm your
    appointment.": being contacted, said as what the reader gets. The verb becomes a noun, so it is never safe."""
    predicate = _plain_predicate(frame)
    if predicate is None:
        return None
    modal, verb, middle, adverbs = predicate
    contact = CONTACT_NOUNS.get(verb.lower_)
    if contact is None or not middle:
        return None
    if middle[0].lower_ == "you":
        rest = middle[1:]
    elif middle[0].lower_ in UNSAID_READER_STARTS and verb.lower_ != "visit":
        rest = middle  # "We may call in advance to confirm …": whom the company calls goes without saying
    else:
        return None
    if rest and (rest[0].lower_ in {"back", "up", "and", "or", ","} or _starts_phrase(rest[0]) or _in_phrase(rest[0])):
        return None  # "call you back", "email you a reminder": no plain noun for it, or a second object
    words = ["You", *([modal.text] if modal is not None else []), *(adverb.text for adverb in adverbs)]
    words += ["get", contact, "from us", *([join(rest)] if rest else [])]
    text = _attach_clitics(" ".join(words)) + frame.end.text
    return Candidate(text, "perspective", False, frozenset({frame.verb.lower_, verb.lower_, "get", "a", "an", "us"}))


def _reply_promised(frame: Frame) -> Candidate | None:
    """ "We will be in touch shortly." → "You will hear from us shortly.", "We'll get back to you within 24
    hours." → "You'll hear back from us within 24 hours.": the reply as the reader receives it. The words
    change, so it is never safe."""
    if frame.verb.lower_ not in MODALS or not frame.middle:
        return None
    adverbs = list(itertools.takewhile(lambda token: token.pos_ == "ADV", frame.middle))  # "will always get back"
    middle = frame.middle[len(adverbs) :]
    words = [token.lower_ for token in middle]
    for phrase, heard in sorted(REPLY_PHRASES.items(), key=lambda item: -len(item[0])):
        if tuple(words[: len(phrase)]) == phrase:
            rest = middle[len(phrase) :]
            if rest and rest[0].lower_ in {"and", "or", ","}:
                return None  # "… and arrange a visit": a second promise would lose its subject
            spoken = [adverb.text for adverb in [*frame.adverbs, *adverbs]]
            parts = ["You", frame.verb.text, *spoken, heard]
            text = _attach_clitics(" ".join([*parts, *([join(rest)] if rest else [])])) + frame.end.text
            changed = frozenset({*phrase, "hear", "from", "us", "back", "touch", "get", "be", "in"})
            return Candidate(text, "perspective", False, changed)
    return None


def _passive(frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We will keep you informed." → "You will be kept informed.", "We do not share your data." → "Your data
    are not shared.": the customer object of a verb in ``PARTICIPLES``, or the reader's own object of any verb that
    has a plain passive (not ``NO_PASSIVE``), becomes the subject. A change of voice is a matter of style, so it
    is never safe."""
    predicate = _negated_predicate(frame)
    if predicate is None:
        return None
    modal, negation, verb, middle, adverbs = predicate
    lemma = verb.lemma_.lower()
    recipient, rest = _passive_subject(lemma, middle, lexicon)
    participle = PARTICIPLES.get(lemma)
    if participle is None and recipient and recipient[0].lower_ == "your" and lemma not in NO_PASSIVE:
        participle = inflection(lemma, "VBN") if verb.tag_ in BASE_FORMS else None
    if recipient is None or participle is None:
        return None
    plural = not recipient or recipient[0].lower_ == "you" or not _is_singular(_last_conjunct(recipient))
    plural = plural or "and" in {token.lower_ for token in recipient}
    subject = "You" if not recipient or recipient[0].lower_ == "you" else capitalise(join(recipient))
    auxiliary = _passive_auxiliary(subject, modal, negation, adverbs, plural=plural)
    words = [subject, *auxiliary, participle]
    if rest:
        words.append(rest)
    text = _attach_clitics(" ".join(words)).replace(" ,", ",") + frame.end.text
    changed = frozenset({frame.verb.lower_, verb.lower_, "is", "are", "be", "that", participle, *AUXILIARY_SPELLINGS})
    return Candidate(text, "passive", False, changed)


@cache
def inflection(lemma: str, tag: str) -> str | None:
    """The form of ``lemma`` that the Penn ``tag`` names: "clean"/VBN → "cleaned", "send"/VBN → "sent",
    "make"/VBG → "making", from lemminflect's inflection tables (loaded on first use): spelling rules and
    irregular verbs are its job, not a hand-kept list's."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def _passive_auxiliary(
    subject: str, modal: Token | None, negation: list[str], adverbs: list[Token], *, plural: bool
) -> list[str]:
    """The words before the participle: "may also be", "will not be" after a modal, else "are always", "is not"."""
    adverb_words = [adverb.text for adverb in adverbs]
    if modal is not None:
        return [_modal_after(subject, modal), *negation, *adverb_words, "be"]
    return ["are" if plural else "is", *negation, *adverb_words]


def _modal_after(subject: str, modal: Token) -> str:
    """ "'ll" leans on a pronoun only: "You'll be called", but "Your order will be shipped"; "ca" and "wo" of
    "can't" and "won't" are spelled out before their "not"."""
    if modal.lower_ in {"'ll", "’ll"} and subject.lower() not in {"you", "we", "they"}:
        return "will"
    return modal.norm_ if modal.lower_ in {"ca", "wo"} else modal.text


def _attach_clitics(text: str) -> str:
    """ "You 'll get" → "You'll get", also with a typographic apostrophe."""
    return text.replace(" '", "'").replace(" ’", "’")


# phrases that say how much, in an object's place: no subject for a passive ("A lot is discussed about …")
DEGREE_PHRASES = frozenset({"a lot", "lots", "a bit", "a little", "plenty", "a great deal", "a good deal"})


def _object_passive(frame: Frame, lexicon: Lexicon) -> Candidate | None:
    """ "We require a 24 hour cancellation notice on all scheduled appointments." → "A 24 hour cancellation
    notice is required on all scheduled appointments.", "We do not accept cheques." → "Cheques are not
    accepted.": the object of a policy verb (``OBJECT_PARTICIPLES``) as the subject of an agentless passive, as
    editors rewrite terms and conditions. The reader's own ("your coverage") may be that object; the reader is
    not (see ``_passive``). A change of voice that drops the company, so it is never safe."""
    predicate = _negated_predicate(frame)
    if predicate is None:
        return None
    modal, negation, verb, middle, adverbs = predicate
    lemma = verb.lemma_.lower()
    participle = OBJECT_PARTICIPLES.get(lemma)
    # any other verb's passive needs a definite object; its participle is looked up last, as the inflection
    # tables take a fifth of a second to load
    inflected = (
        participle is None
        and bool(middle)
        and middle[0].lower_ in DEFINITE_DETERMINERS
        and lemma not in NO_PASSIVE
        and verb.tag_ in BASE_FORMS
    )
    if (participle is None and not inflected) or not middle or middle[0].lower_ == "you" or not _in_phrase(middle[0]):
        return None
    thing = _listed_phrase(middle, lexicon)
    relative = next((index for index, token in enumerate(thing) if token.lower_ in {"that", "which", "who"}), None)
    if relative is not None:
        thing = thing[:relative]  # the clause is read again below, up to its own end
    if not thing or thing[-1].pos_ not in NOUNS or _is_customer_phrase(thing, lexicon):
        return None
    if " ".join(token.lower_ for token in thing) in DEGREE_PHRASES:
        return None  # "We discuss a lot about …": how much, not what
    rest = middle[len(thing) :]
    if rest and rest[0].pos_ == "ADP" and any(token.tag_ == "AJS" or token.lower_ == "most" for token in thing):
        return None  # "the best bread | in town": the phrase is the superlative's comparison, not the baking's place
    if len(rest) > 1 and rest[0].pos_ == "ADP" and rest[1].lower_ in {"which", "whom", "whose"}:
        return None  # "the frameworks within which spheres of state operate": the noun's relative clause
    if rest and (rest[0].tag_ == "VVN" or _relative_with_subject_gap(rest)):
        # "the delivery date given by the carrier", "any purchase that was not delivered on time": the phrase
        # takes its participle or relative clause along, up to a comma that ends it
        cut = next((index for index, token in enumerate(rest) if token.text == ","), len(rest))
        thing, rest = thing + rest[:cut], rest[cut:]
    elif (
        rest
        and not time_phrase(rest)
        and not _purpose(thing, rest)
        and (rest[0].pos_ not in {"ADP", "ADV", "SCONJ"} or rest[0].lower_ in PHRASE_CONTINUATIONS)
    ):
        return None  # the phrase goes on ("a stay of two nights") or a clause follows: no place for the participle
    if lemma not in OBJECT_PARTICIPLES and not _plain_passive(thing, rest):
        return None
    if participle is None and (participle := inflection(lemma, "VBN")) is None:
        return None
    # "X and Y" are plural; with "or" the verb agrees with the nearer noun ("skips or cancellations are")
    plural = "and" in {token.lower_ for token in thing} or not _is_singular(_last_conjunct(thing))
    auxiliary = _passive_auxiliary(join(thing), modal, negation, adverbs, plural=plural)
    words = [join(thing), *auxiliary, participle]  # capitalised by the caller unless an opening phrase precedes
    if rest:
        words.append(join(rest))
    text = _attach_clitics(" ".join(words)).replace(" ,", ",") + frame.end.text  # ", as …" keeps its comma
    changed = frozenset({"we", frame.verb.lower_, verb.lower_, "is", "are", "be", participle, *AUXILIARY_SPELLINGS})
    return Candidate(text, "passive", False, changed)


def _listed_phrase(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """A noun phrase, or a list of them closed by "and"/"or" ("the trunk, branches and roots"); a comma without
    that closing word may start anything else, so then only the first phrase counts."""
    first = _coordinated_phrase(tokens, lexicon)
    end = len(first)
    while first and end + 1 < len(tokens) and tokens[end].text == ",":
        following = _leading_noun_phrase(tokens[end + 1 :], lexicon)
        if not following:
            break
        end += 1 + len(following)
        if end < len(tokens) and tokens[end].lower_ in {"and", "or"}:
            closing = _leading_noun_phrase(tokens[end + 1 :], lexicon)
            return tokens[: end + 1 + len(closing)] if closing else first
    return first


def _purpose(thing: list[Token], rest: list[Token]) -> bool:
    """ "to be sure …", "to make sure …": an infinitive of purpose, not "to" as the noun's preposition, and not
    the infinitive a noun takes ("the right to remove", "the time to be thorough")."""
    infinitive = len(rest) > 1 and rest[0].lower_ == "to" and rest[1].tag_ in BASE_FORMS
    return infinitive and thing[-1].lemma_.lower() not in INFINITIVE_NOUNS


def _plain_passive(thing: list[Token], rest: list[Token]) -> bool:
    """Whether any verb's passive reads as the active did: not with the company's own as the subject ("All our
    own equipment is brought"), not before "as", which described the company ("This business is run as a
    family"), not before a comma, where a list of objects may go on ("… from you (e.g. …), a signed contract,
    and a retainer"), and not with nothing after the participle to say how, when or why."""
    if not rest or any(token.lower_ in {"our", "ours"} for token in thing):
        return False
    return rest[0].lower_ != "as" and all(token.text != "," for token in rest)


def _relative_with_subject_gap(tokens: list[Token]) -> bool:
    """ "that was not delivered on time", "which arrive damaged": a relative clause whose verb follows at once.
    "the mantra that the customer is always right" is the noun's content, not a clause that narrows it."""
    if len(tokens) < 2 or tokens[0].lower_ not in {"that", "which"}:
        return False
    verb = tokens[2] if tokens[1].pos_ == "ADV" and len(tokens) > 2 else tokens[1]  # "that often arrive"
    return verb.tag_ in FINITE_TAGS


def _negated_predicate(frame: Frame) -> tuple[Token | None, list[str], Token, list[Token], list[Token]] | None:
    """(modal, negation, lexical verb, what follows, adverbs), also for "we do not VERB" and "we can not VERB"."""
    middle, verb = frame.middle, frame.verb
    negated = verb.norm_ in {"do", "can", "will", "may"} and middle and middle[0].lower_ in NEGATIONS  # "ca|n't"
    if negated:
        position = next((index for index, token in enumerate(middle[1:], 1) if token.pos_ != "ADV"), None)
        if position is None or middle[position].tag_ not in BASE_FORMS:
            return None
        adverbs = [*frame.adverbs, *middle[1:position]]  # "do not always accept"; an adverb after the verb stays
        modal = None if verb.norm_ == "do" else verb
        return modal, ["not"], middle[position], middle[position + 1 :], adverbs
    predicate = _plain_predicate(frame)
    if predicate is None:
        return None
    modal, lexical, after, adverbs = predicate
    return modal, [], lexical, after, adverbs


def _last_conjunct(phrase: list[Token]) -> list[Token]:
    cut = max((index for index, token in enumerate(phrase) if token.lower_ in {"and", "or"}), default=-1)
    return phrase[cut + 1 :]


def _coordinated_phrase(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """A noun phrase, with a second one joined by "and"/"or" ("same day skips or cancellations")."""
    first = _leading_noun_phrase(tokens, lexicon)
    if not first or len(first) + 1 >= len(tokens) or tokens[len(first)].lower_ not in {"and", "or"}:
        return first
    second = _leading_noun_phrase(tokens[len(first) + 1 :], lexicon)
    return tokens[: len(first) + 1 + len(second)] if second else first


def _existential(frame: Frame) -> Candidate | None:
    """ "We have a $50 minimum order …" → "There is a $50 minimum order …"; "We do not have a minimum order
    requirement." → "There is no minimum order requirement.": a rule or term the company has is one the reader
    meets. Only for nouns of rules and terms (``POLICY_NOUNS``); never safe."""
    verb, middle = frame.verb, list(frame.middle)
    negated = verb.lower_ in {"do", "don't"} and len(middle) > 3 and middle[0].lower_ in NEGATIONS
    if negated and middle[1].lower_ == "have" and middle[2].lower_ in {"a", "an", "any"}:
        phrase = "no " + join(middle[3:])
    elif verb.lower_ == "have" and not frame.adverbs and len(middle) > 1 and middle[0].lower_ in {"a", "an", "no"}:
        phrase = join(middle)
    else:
        return None
    before_preposition = next((index for index, token in enumerate(middle) if token.pos_ == "ADP"), len(middle))
    if not POLICY_NOUNS & {token.lower_ for token in middle[:before_preposition]}:
        return None
    text = _attach_clitics(f"There is {phrase}") + frame.end.text
    changed = frozenset({"we", "have", "do", "does", "not", "n't", "a", "an", "any", "no", "there", "is"})
    return Candidate(text, "perspective", False, changed)


def _passive_subject(lemma: str, middle: list[Token], lexicon: Lexicon) -> tuple[list[Token] | None, str]:
    """(the passive's subject, the text after the participle): the customer object ("We keep you informed"),
    the customer's own ("We treat your pets …"), the reader a billing verb or "ask for" leaves unnamed ("We
    charge by the job" → "You are charged by the job", "We ask for a deposit" → "You are asked for a deposit":
    no subject token), or the one asked ("We ask that you call" → "You are asked to call"). (None, "") when the
    verb's object is not the customer."""
    if lemma in BILLING_VERBS and middle and middle[0].pos_ in {"ADP", "ADV"}:
        return [], join(middle)
    if lemma == "ask" and middle and middle[0].lower_ == "for":
        return [], join(middle)  # "We then ask for a deposit" → "You are then asked for a deposit"
    if lemma == "ask" and len(middle) > 2 and [token.lower_ for token in middle[:2]] == ["that", "you"]:
        if middle[2].tag_ in BASE_FORMS:
            return middle[1:2], "to " + join(middle[2:])
        return None, ""
    recipient = _coordinated_phrase(middle, lexicon)
    if not recipient or not (_is_customer_phrase(recipient, lexicon) or recipient[0].lower_ == "your"):
        return None, ""  # the customer, or the customer's own ("Your pets are treated …")
    if any(token.lower_ in {"who", "that", "with"} for token in recipient):
        return None, ""  # where "customers who book online …" ends is a guess the passive cannot afford
    rest = middle[len(recipient) :]
    if len(rest) > 1 and rest[0].pos_ == "ADP" and rest[1].tag_ == "VVG":
        # "your consideration in giving us notice, as …": the gerund phrase is the noun's own and moves with it
        cut = next((index for index, token in enumerate(rest) if token.text == ","), len(rest))
        recipient, rest = recipient + rest[:cut], rest[cut:]
        return recipient, join(rest)
    second = rest[1] if len(rest) > 1 else None
    if rest and not _passive_tail(rest[0], second, you=recipient[0].lower_ == "you", listed=lemma in PARTICIPLES):
        return None, ""  # a clause of the object's own, or a second object: no place for the participle
    return recipient, join(rest)


def _passive_tail(first: Token, second: Token | None, *, you: bool, listed: bool) -> bool:
    """What may follow the participle: an infinitive ("contacted to confirm"), after "you" a that-clause
    ("reminded that …"); after a verb of ``PARTICIPLES`` anything else but a relative clause ("served
    breakfast"); after any other verb only a preposition, adverb, adjective or participle ("cleaned on every
    visit", "kept informed", "treated as if …"), or a parenthesis that opens with one of those ("cleaned (unless
    instructed otherwise) on …"), never a second object."""
    if first.lower_ in PASSIVE_COMPLEMENTS:
        return first.lower_ == "to" or you
    if first.lower_ in {"who", "which", "whose"}:
        return False
    if first.text == "(":  # "cleaned (unless instructed otherwise) on every visit"; "(and garage)" is the noun's
        return second is not None and (second.tag_ == "VVN" or second.pos_ in {"ADP", "ADV", "SCONJ"})
    return listed or first.tag_ == "VVN" or first.pos_ in {"ADP", "ADV", "SCONJ", "ADJ"}


def _controlled(verb: Token, middle: list[Token]) -> bool:
    """ "strive to give …" or "are striving to give …": an intention verb controlling the giving verb."""
    if verb.lower_ in CONTROL_VERBS:
        return (
            len(middle) > 2
            and middle[0].lower_ == "to"
            and middle[1].lemma_.lower() in DOUBLE_OBJECT_VERBS | WITH_VERBS
        )
    return (
        verb.lower_ in {"are", "'re"}
        and len(middle) > 3
        and middle[0].lower_ in PROGRESSIVE_CONTROL
        and middle[1].lower_ == "to"
        and middle[2].lemma_.lower() in DOUBLE_OBJECT_VERBS | WITH_VERBS
    )


def _recipient_and_thing(
    lemma: str, verb: Token, middle: list[Token], lexicon: Lexicon
) -> tuple[list[Token] | None, list[Token]]:
    """(the customer phrase, what they get) for the three shapes, or (None, []) when none fits."""
    if lemma in WITH_VERBS:
        split = next((i for i, token in enumerate(middle) if token.lower_ == "with"), None)
        if split and _is_recipient(middle[:split], lexicon):
            return middle[:split], middle[split + 1 :]
    if lemma in DOUBLE_OBJECT_VERBS:
        if any(token.text in {"–", "—", "-", "("} and token.whitespace_ for token in middle):
            return None, []  # "every guest – young or old – a warm welcome": where the recipient ends is a guess
        recipient = _leading_noun_phrase(middle, lexicon)
        heads = [token for token in recipient if token.pos_ in NOUNS or token.lower_ == "you"][:1]
        parsed = all(confirmed_by_parse(head, verb) for head in heads)
        if recipient and parsed and _is_customer_phrase(recipient, lexicon) and len(recipient) < len(middle):
            thing = middle[len(recipient) :]
            if thing[0].lower_ not in {"with", "to", "for"} and _in_phrase(thing[0]):
                return recipient, thing
    if lemma in TO_VERBS:
        split = next((i for i, token in enumerate(middle) if token.lower_ in {"to", "for"}), None)
        if split:
            after = middle[split + 1 :]
            recipient = _leading_noun_phrase(after, lexicon)
            left = after[len(recipient) :]
            relative = any(token.lower_ in {"who", "that", "which"} for token in recipient)
            clause = (bool(left) and left[0].lower_ in {"who", "that", "which"}) or relative
            if (
                recipient
                and left
                and (left[0].lower_ in RECIPIENT_CONTINUATIONS or relative or _listed_on(left))
                and (
                    clause
                    or _listed_on(left)
                    or not any(token.tag_ in FINITE_TAGS or token.text == "," for token in left)
                )
            ):
                recipient = after  # "to customers who ask", "to students and seniors", "to customers over 65"
            whole = split + 1 + len(recipient) == len(middle)  # "for our customers" ends the clause
            if recipient and _is_customer_phrase(recipient, lexicon) and split > 0 and (
                    middle[split].lower_ == "to" or whole):  # fmt: skip
                return recipient, middle[:split] + middle[split + 1 + len(recipient) :]
    return None, []


def _plain_phrase(tokens: list[Token], *, trailing_time: bool = False) -> bool:
    """A noun phrase and nothing more ("you", "every new client", "a free 30-minute consultation", "10% off
    all repairs of any kind"), which a switch carries over unchanged; with ``trailing_time`` a time phrase may
    end it ("… every month"). A phrase with "with", "to", "in", "without", a clause or a dash may hold the
    giver's manner, purpose or place, or the recipient's own words, so its switch is for review."""
    if trailing_time:
        start = final_time_phrase(tokens)
        tokens = tokens[:start] if start else tokens
    allowed = PHRASE_POS | {"PRON", "PART", "SYM", "X"}
    return (
        bool(tokens)
        and len(tokens) <= 10
        and all(
            (token.pos_ in allowed and token.lower_ not in {"to", "that", "which", "who"})
            or token.lower_ in {"of", "and", "or", "off"}
            or token.text in {"%", "-", "$", "€", "£"}
            for token in tokens
        )
    )


def _listed_on(tokens: list[Token]) -> bool:
    """ ", seniors and veterans": the rest of a list of nouns after a comma, ending in "and"/"or" + a noun."""
    words = [token.lower_ for token in tokens]
    listed = all(token.pos_ in PHRASE_POS or token.lower_ in {",", "and", "or"} for token in tokens)
    return listed and bool(words) and words[0] == "," and ("and" in words or "or" in words) and tokens[-1].pos_ in NOUNS


def _leading_noun_phrase(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """ "you", or a noun phrase up to its head, with a "who/that" clause or a "with" phrase when another
    phrase (the thing given) follows it."""
    if tokens and tokens[0].lower_ == "you":
        numbered = len(tokens) > 2 and tokens[1].like_num and tokens[2].pos_ == "DET"  # "you two a discount"
        if numbered or (len(tokens) > 1 and tokens[1].lower_ in YOU_COMPANIONS):
            return []  # "you guys", "you all", "you both": the reader's own word would be left behind
        return tokens[:1]
    head = None
    for index, token in enumerate(tokens):
        hyphen = token.text == "-" and 0 < index < len(tokens) - 1 and not token.whitespace_
        if hyphen:
            continue  # "first-time customers"
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        prenominal = token.tag_ in {"VVG", "VVN"} and following is not None and following.pos_ in NOUNS
        if not _in_phrase(token) and not prenominal:  # "returning guests", "registered users"
            return []
        plural_customer = _number(token) == "Plur" and lexicon.is_customer_noun(token.text)
        if token.pos_ in NOUNS and (following is None or following.pos_ not in NOUNS or plural_customer):
            head = index
            break
    if head is None:
        return []
    return tokens[: _extend_phrase(tokens, head + 1)]


def _extend_phrase(tokens: list[Token], stop: int) -> int:
    """Past the head: a relative clause ("families who book before June") or a with-phrase ("families with
    young children"), ending where the last noun phrase that is not inside a prepositional phrase starts."""
    if stop >= len(tokens) or tokens[stop].lower_ not in {"who", "that", "with"}:
        return stop
    starts = [
        index
        for index in range(stop + 2, len(tokens))
        if (_starts_phrase(tokens[index]) or tokens[index].text in CURRENCY_SIGNS)  # "(a friend) $25 off"
        and tokens[index - 1].pos_ != "ADP"
        and not _starts_phrase(tokens[index - 1])
        and tokens[index - 1].text not in CURRENCY_SIGNS  # "a $20 credit" is one phrase
    ]
    if tokens[stop].lower_ == "with":
        # "families with young children priority boarding": the thing starts where one noun gives way to another
        starts = [i for i in range(stop + 2, len(tokens)) if _noun_boundary(tokens[i - 1], tokens[i])] or starts
    return starts[-1] if starts else stop


def _noun_boundary(previous: Token, token: Token) -> bool:
    return previous.pos_ in NOUNS and _in_phrase(token) and _number(previous) != _number(token)


def _is_recipient(tokens: list[Token], lexicon: Lexicon) -> bool:
    """All of ``tokens`` is one noun phrase, possibly with its relative clause ("users who sign up today")."""
    phrase = _leading_noun_phrase(tokens, lexicon)
    if not phrase:
        return False
    return len(phrase) == len(tokens) or tokens[len(phrase)].lower_ in {"who", "that"}


def _is_customer_phrase(tokens: list[Token], lexicon: Lexicon) -> bool:
    return tokens[0].lower_ == "you" or any(lexicon.is_customer_noun(token.text) for token in tokens[:4])


def _is_singular(recipient: list[Token]) -> bool:
    if recipient[0].lower_ == "you":
        return False
    # the head noun comes before a clause or a prepositional phrase ("your patience in answering our questions")
    end = next((i for i, t in enumerate(recipient) if t.lower_ in {"who", "that"} or t.pos_ == "ADP"), len(recipient))
    nouns = [token for token in recipient[:end] if token.pos_ in NOUNS]
    return recipient[0].lower_ in SINGULAR_DETERMINERS or (bool(nouns) and _number(nouns[-1]) == "Sing")
