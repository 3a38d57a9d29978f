// The English the naming rules need, as a hand-kept word list.
//
// Why a word list and not an English language library (evaluated for issue 4):
// - The lint runs live in the page on every edit. Even as its own chunk (loaded right after first
//   paint) it counts against what a user downloads before the Problems panel works; the whole
//   app's initial budget is 170 KB gzip (PRODUCT.md §6). compromise, the best-kept JS library
//   that can both tag and conjugate, publishes its builds as ~68 KB (compromise/one: tokenizer
//   only, no verb forms), ~225 KB (two: tagger) and ~275 KB (three: conjugation, which
//   `toPastTense()` needs) minified — on the order of 90 KB gzip for the part we would use,
//   several times the rest of the lint engine, for one rule. (npm view shows no unpackedSize for
//   14.17.0; the figures are the library's own release notes.)
// - It tags sentences, not identifiers: `PlaceOrder` or `order.place` must be split by us anyway,
//   and a two-word name with no sentence context is exactly where a statistical tagger guesses
//   ("Order" noun or verb?). The decision that matters here — is the first word a command verb,
//   is there a past participle — is a lookup, and the hard cases (nouns that are also verbs) are
//   a domain judgement the library cannot make for us: see NOUN_LEANING below.
// - This file is ~11 KB of source (~5 KB gzip; all of naming/ ~9 KB gzip, comments included),
//   deterministic, and covers the verbs event and
//   command names actually use, with irregular participles and doubling spelled out.
// Regular past forms come from rules in ./inflect.ts; irregular ones are listed here.

const list = (text: string) => text.trim().split(/\s+/);

/** base past participle (past tense when it differs): `write wrote written`. */
const IRREGULAR_TEXT = `
arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become|
begin began begun|bend bent bent|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|
break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|come came come|
cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|
eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|
fly flew flown|forbid forbade forbidden|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|
freeze froze frozen|get got got|give gave given|go went gone|grow grew grown|hang hung hung|have had had|
hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|
lay laid laid|lead led led|leave left left|lend lent lent|let let let|light lit lit|lose lost lost|
make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|
oversee oversaw overseen|override overrode overridden|overwrite overwrote overwritten|pay paid paid|
prepay prepaid prepaid|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|redo redid redone|
repay repaid repaid|rerun reran rerun|resend resent resent|reset reset reset|rewrite rewrote rewritten|
ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|
sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shoot shot shot|show showed shown|
shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|
speak spoke spoken|spend spent spent|spin spun spun|split split split|spread spread spread|stand stood stood|
steal stole stolen|stick stuck stuck|strike struck struck|swear swore sworn|sweep swept swept|swim swam swum|
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|
undergo underwent undergone|understand understood understood|undo undid undone|unbind unbound unbound|
unfreeze unfroze unfrozen|uphold upheld upheld|wake woke woken|wear wore worn|win won won|
withdraw withdrew withdrawn|withhold withheld withheld|write wrote written|underwrite underwrote underwritten`;

export const IRREGULAR = new Map<string, { past: string; participle: string }>();
for (const entry of IRREGULAR_TEXT.split('|')) {
  const [base, past, participle] = list(entry);
  IRREGULAR.set(base, { past, participle });
}

/**
 * Same-form participles (`PasswordReset`, `PriceCut`) count as past after the first word.
 * Left out: ones that read as nouns at the end of a name (`TestRun`, `OrderCome`…).
 */
export const SAME_FORM_PAST = new Set(list('beat broadcast burst cast cut hit hurt let put quit read reset set shed shut split spread'));

/** Verbs whose past needs a doubled last consonant although the rule of thumb would not double. */
export const DOUBLING = new Set(list(`
submit resubmit commit permit admit omit emit transmit refer prefer confer defer deter infer occur recur
incur concur compel expel propel rebel regret control patrol enrol equip unwrap unzip unpin unplug remap
kidnap format program transfer unban unflag untag retag reship overlap handicap outstrip`));

/** British doubling of a final l, which the fix writes (`cancelled`); the US form is accepted too. */
export const L_DOUBLING = new Set(list('cancel label model travel signal level total fuel refuel channel tunnel funnel marshal dial counsel equal'));

/** Two-word verbs written as one word: `LoginUser` → `UserLoggedIn`. */
export const COMPOUND_PARTICIPLE = new Map<string, string[]>([
  ['login', ['logged', 'in']], ['logout', ['logged', 'out']], ['signup', ['signed', 'up']],
  ['signin', ['signed', 'in']], ['signout', ['signed', 'out']], ['checkout', ['checked', 'out']],
  ['checkin', ['checked', 'in']], ['setup', ['set', 'up']], ['rollback', ['rolled', 'back']],
  ['backup', ['backed', 'up']], ['rollout', ['rolled', 'out']], ['pickup', ['picked', 'up']],
]);

export const PARTICLES = new Set(list('up in out off down back over on away'));

/**
 * Base-form verbs that start command names. Verbs that are also common nouns at the head of
 * an event name are in NOUN_LEANING instead.
 */
const VERB_TEXT = `
accept acknowledge acquire activate add adjust admit allocate allow amend analyse analyze anonymise anonymize
append apply approve archive arrange assess assign attach attempt audit authenticate authorise authorize
award ban block book borrow bounce bump calculate call cancel capture categorise categorize certify change
charge check checkin checkout classify clean clear clone close collect combine commit compensate compile
complete compress compute configure confirm connect consolidate consume convert correct create crop
deactivate decline decommission decrement decrypt deduct defer define delegate delete deliver demote deny
deploy deprecate deregister destroy detach detect disable disburse discard disconnect dismiss dispatch
dispute distribute dock downgrade download drop duplicate edit elect emit enable encode encrypt end enforce
enqueue enrich enrol enroll ensure enter escalate estimate evaluate evict exchange exclude execute expand
expire export expose extend extract fail fill filter finalise finalize finish fix flag flush follow fork
format forward fulfil fulfill generate geocode grant greet handle hire identify ignore import impose include
increase increment inform initialise initialize initiate insert inspect install instantiate invalidate
invite issue join launch lift link load lock log login logout manage mark measure merge migrate mint modify
monitor mount move mute nominate notify obtain onboard open outsource pack park patch pause perform persist
pick pickup ping pin place populate postpone prepare prescribe present preserve print prioritise prioritize
process procure produce promote propose protect provide provision prune publish pull purchase purge push
qualify quarantine queue raise reactivate reassign rebalance rebook recalculate recall receive recharge
recommend reconcile recover redact redeem redirect reduce refer refill refresh refund register reimburse
reindex reinstate reject relaunch release reload relocate remind remove rename renew reopen reorder repair
repeat replace replay replenish replicate reply request require reroute reschedule reserve resize resolve
respond restart restock restore restrict resubmit resume retain retire retry return reveal reverse revert
revoke rollback rollout rotate route sanitise sanitize save settle ship plan decide describe locate observe standardise standardize accrue adopt empty explain scale scan schedule screen secure seed segment select serve setup
share shorten shuffle sign signin signout signup simulate skip snooze solve sort spawn specify stage start
stash stop store strip submit subscribe subtract suggest supply suspend swap switch sync synchronise
synchronize tap terminate throttle toggle track train transcode transfer transform translate transmit trash
trigger trim truncate unarchive unassign unblock unfollow uninstall unlink unlock unmute unpause unpin
unpublish unregister unshare unsubscribe unsuspend unwatch unwrap update upgrade upload upsert use vacate
validate verify void waive wait warn wipe withdraw wrap dim`;

/** Verbs that are at least as often the noun at the head of an event name: `OrderStatus`, `StockLevel`. */
const NOUN_LEANING_TEXT = `
order stock invoice email mail price message report record file post comment budget bill quote score
claim alert ticket offer bid balance credit debit cost level limit note document number date time reward
point tag label name link run flow stream feed test trial match sale view visit answer question survey
lead contract trade auction page copy design draft fund loan lease rent stay ride seat deposit review rate
vote access state status address contact cover support tax tip star snapshot group grade host index pair
feature forecast rank stamp`;

/**
 * Verbs that are also common nouns: a command when first (`ShipItem`), a fact-less noun when last
 * in a PascalCase name (`OrderRefund`), but an action in `order.refund` / `order_refund`.
 */
const DUAL_TEXT = `
book ship plan change charge check checkin checkout display dispatch drop end export fix flag import launch load lock
log login logout move patch ping pickup pin print process purchase push pull queue refund release repair
replay request retry return rollback rollout route save scale scan schedule screen seed segment setup share
sign signup signin signout sort start stop store swap switch sync track transfer trash trigger update
upgrade upload use void dispute exchange`;

/**
 * Verbs that, last in a name, are the noun in every case style: `streetLight`, `street_light`,
 * `lightSwitch`, `audit.log`, `payment_plan` name a thing, not an order to light or to log.
 * (First they are still commands: `LightLamp`, `LogError`, `PlanRoute`.)
 */
export const NOUN_AT_END = new Set(list('light switch log plan'));

export const NOUN_LEANING = new Set(list(NOUN_LEANING_TEXT));
export const DUAL = new Set(list(DUAL_TEXT));
export const VERBS = new Set([...list(VERB_TEXT), ...IRREGULAR.keys()]);

/** Verbs that ask for data: an event named after them is a query in disguise. */
export const QUERY_VERBS = new Set(list('get fetch find list search query lookup look retrieve read count browse show'));
export const QUERY_WORDS_LAST = new Set(list('request requests query queries lookup response reply'));
export const QUESTION_WORDS = new Set(list('is has can does should'));

/** Words ending in -ed that are not past forms. */
export const NOT_PAST_ED = new Set(list('hundred kindred sacred naked wicked rugged embed shred bed red sled speed breed bleed greed seed need feed weed deed reed heed'));
