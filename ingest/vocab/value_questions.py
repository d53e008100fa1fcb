"""How a question asks for a value, as data: the counters and column words of 「何人？」, 「いくら？」, 「目標値は？」
with the form an answer then states, and the question words of each kind of quantity.

「移住者数は何人？」 wants a count whose answer holds 「…人」 or 「…名」; 「当初予算はいくら？」 money; 「進捗率が80%未満の指標は？」
filters KPIs by progress. assistant.question, assistant.query, assistant.followup, assistant.blocks and
assistant.lists compile these patterns; the counters and money unit come from ingest.vocab.units.
"""
from __future__ import annotations

from ingest.vocab.eras import CURRENT_ERA_WORDS
from ingest.vocab.units import PERSON_COUNTERS, PLACE_COUNTERS, YEN

_PEOPLE = "|".join(PERSON_COUNTERS)      # 名|人
_PLACES = "|".join(PLACE_COUNTERS)       # か所|箇所|ヶ所
# 「何年続けていますか」「何年連続」「何年ぶり」「何年間」: a count of years, never a date.
_YEARS_COUNTED = r"年(?=(?:間|も|以上)?\s*(?:続|連続|にわた|ぶり|目|経|以上))|年間"

# What a council or committee decided on a 議案 (「原案可決」), the answer to 「どう決定しましたか」.
DECISION_QUESTION = r"どう(?:決定|議決|決ま|採決)|どのように(?:決定|議決|採決)|(?:審査|議決|採決)の?結果"
# A bill's number as printed (「議案第58号」, 「議第58号」).
BILL_NUMBER = r"議案?\s*第\s*([0-9０-９]+)\s*号"
DECISION_WORDS = r"原案可決|修正可決|可決|否決|不認定|認定|不承認|承認|不同意|同意|不採択|一部採択|採択|継続審査|継続審議"

# (what a question asks with, the form its answer must hold); the first whose question pattern matches decides.
# The second is the date question (assistant.question reads 「いつ」 「何年」 with it).
# 「受診率を上げるためにどのような取組を」: a measure raised or lowered is the aim of what is asked, not the value asked.
_NOT_RAISING = r"(?!\s*(?:上げ|高め|向上|引き上げ|伸ば|増や|下げ|減ら|抑え|抑制|改善|低減))"
# A gloss in brackets after the value asked (「決算額（事業費）を教えて」): the value is still what is asked.
_GLOSS = r"(?:\([^()]{1,12}\))?"
ANSWER_FORMS: tuple[tuple[str, str], ...] = (
    (r"何(?:パーセント|%|割)|割合|比率|率は", r"[0-9.]+\s*(?:%|％|割)"),
    (rf"何(?!{_YEARS_COUNTED})年|いつ|時期|期間", rf"(?:{CURRENT_ERA_WORDS})\s*(?:元|[0-9]{{1,2}})\s*年|[0-9]{{4}}\s*年|[0-9]{{1,2}}月"),
    (DECISION_QUESTION, DECISION_WORDS),
    (rf"何(?:{_YEARS_COUNTED})", r"[0-9,]+\s*年"),
    (r"何社", r"[0-9,]+\s*社"),
    (rf"何(?:{_PEOPLE})|人数|何人", rf"[0-9,]+\s*(?:{_PEOPLE})"),
    (r"何件", r"[0-9,]+\s*件"),
    (r"予算|金額|いくら|費用|交付金", rf"[0-9,.]+\s*(?:億|万|千)?{YEN}|[0-9]{{1,3}}(?:,[0-9]{{3}})+"),
    (rf"何(?:{_PLACES})", rf"[0-9,]+\s*(?:{_PLACES})"),
    (r"何部", r"[0-9,]+\s*部"),
    (r"何回", r"[0-9,]+\s*回"),
    (r"何品", r"[0-9,]+\s*品"),
    (r"どこ(?!まで)|場所", r"場所|会場|[市町村]|センター|会館|ホール|店"),
    (r"いくつ|どのくらい|どれくらい|何|(?:数|額|量|高|率)" + _GLOSS + "(?:は|を" + _NOT_RAISING + ")", r"[0-9]"),
)
# 「…をどれだけ削減する計画ですか」: the level a plan sets, asked as the change it plans (its row says the rate too).
REDUCTION_QUESTION = (r"(?:どれ(?:だけ|くらい|ぐらい|ほど)|どの(?:くらい|程度)|いくら)\s*(?:削減|減ら|増や|縮減|引き下げ|引き上げ|低減)"
                      r"(?:する|し|さ)[^。？?]{0,6}(?:計画|目標|予定|方針|見込)")
# 「…をどれだけにする目標ですか」「…はどこまで増やす計画？」: the level a plan sets, asked without 「目標値」.
TARGET_LEVEL_QUESTION = (r"(?:を|は)?\s*(?:どれ(?:だけ|くらい|ぐらい|ほど)|どの(?:くらい|程度|水準|レベル)"
                         r"|何(?:パーセント|%|割|ポイント|人|件|か所|箇所|団体|t|トン|ha|kg)"
                         r"|何(?!の)[^\s、。？?にまでをのは]{1,4}?)"   # 「何㎡まで減らす」: any counter
                         r"(?:に|まで)(?:する|増や|減ら|引き上げ|引き下げ|高め|伸ば|抑え|削減)"
                         r"|" + REDUCTION_QUESTION +
                         r"|どこまで(?:増や|減ら|伸ば|高め|上げ|下げ|引き上げ|引き下げ|改善|抑え|削減|縮減|低減)"
                         r"|(?:いくら|いくつ|何[^\s、。？?]{0,3}|どれだけ)を?目標(?:に|と)(?:して|し|する|設定|掲げ)")
# 「令和６年度にどこまで来ていますか」「基準値からどう変わりましたか」: the level reached so far, asked without 「実績値」.
ACTUAL_LEVEL_QUESTION = (r"どこまで(?:来て|進んで|進ん|到達|達して|下が|上が|減っ|増え|伸び|改善し|低下し|向上し)|どう(?:なって|変わ|推移)|どれ(?:だけ|くらい|ぐらい|ほど)"
                         r"(?:伸び|増え|減っ|改善|上が|下が)|(?:いま|今|現在|直近)(?:は|で)?(?:どの(?:くらい|程度)|何)"
                         r"|(?:から|より)(?:増え|減っ|伸び|改善|悪化|上が|下が)(?:っ?て|まし|っ?た)")
# 「…はいくらからいくらに増やす目標ですか」「何人から何人まで」: where the plan starts from and the level it sets.
FROM_TO_QUESTION = (r"(?:いくら|いくつ|何[^\s、。？?からにま]{0,3}|どれ(?:だけ|くらい|ぐらい))から\s*"
                    r"(?:いくら|いくつ|何[^\s、。？?からにま]{0,3}|どれ(?:だけ|くらい|ぐらい))(?:に|まで)")
# A target named by a question in any words (「目標」, 「目指す」, 「どこまで増やす」): a year in its clause dates the target.
TARGET_NAMED = r"目標|目指|めざ|" + TARGET_LEVEL_QUESTION
# A question that wants a number stated (「何人」, 「いくら」, 「目標値は」).
NUMBER_QUESTION = (rf"何(?:{_YEARS_COUNTED}|人|名|社|件|指標|パーセント|%|割|部|回|品|{_PLACES}|万|千|億|ha|トン|点|ポイント|倍)|いくら|いくつ|"
                   r"(?:どのくらい|どれくらい|どれだけ|どれほど)(?![^？?、。]{0,12}(?:につなが|に結び))"   # 「どのくらい移住につながった」: an effect
                   r"|(?:数|額|量|高|率|面積|容量|延長|事業費|経費|見込み?(?:量|額|数)?)" + _GLOSS
                   + r"(?:は|を" + _NOT_RAISING + r"|って)|目標値|実績値|基準値|進捗率|"
                   + TARGET_LEVEL_QUESTION)
# A question that filters KPIs by their progress (「進捗率が80%未満の指標は？」, 「目標を達成した指標は？」); the
# condition read from it (limit, comparison); how an answer names the 「目標を達成」 condition.
# 「…は目標を達成していますか」 asks one indicator's progress, not the indicators that met their target.
KPI_FILTER_QUESTION = (r"進捗率が?[0-9.]+%?(?:未満|以下|以上|を超え|超)|目標を?達成し\S{0,8}(?:指標|KPI|ＫＰＩ|もの|項目)|"
                       r"(?:指標|KPI|ＫＰＩ|項目)\S{0,5}目標を?達成|達成(?:した|している)指標")
PROGRESS_CONDITION = r"進捗率が?\s*([0-9.]+)\s*%?\s*(未満|以下|以上|を超え|超)"
TARGET_MET_CONDITION = "目標を達成（進捗率100%以上）"
# A question about a budget, and one about a KPI's columns.
BUDGET_QUESTION = r"予算"
# 「令和7年度予算は何に重点を置いていますか」: what a budget or plan stresses is said in words, never as an amount.
EMPHASIS_QUESTION = r"何に(?:重点|力|注力)|何を(?:重視|重点)|どこに(?:重点|力)|どの(?:分野|点)に(?:重点|力)"
# 「…は目標を達成していますか」「目標に対して令和６年度はいくつ」: one indicator's level against its target — its actual
# beside its target.
MET_ASKED = r"(?<!基本)目標値?(?:に対して|に対し|と比べて|に比べて)|(?<!基本)目標を?\s*(?:達成|上回|下回)(?:して|しま|でき|した(?:か|の))"
KPI_QUESTION = (r"目標値|実績値?|基準値|現状値|進捗率|達成率|達成度|達成状況|KPI|評価指標|目標は|中間目標|最終(?:的な)?目標|"
                + TARGET_LEVEL_QUESTION + "|" + FROM_TO_QUESTION +
                r"|(?:現状|現況|基準)値?(?:と|及び|および|・|や)目標"   # 「…の現状と目標を教えて」: two columns of a KPI
                r"|(?:基準|ベースライン|策定時)(?:値|年度|年)?(?:から|と比べ|に比べ|より)"   # 「基準年度からどれだけ伸びた」
                r"|(?<![本基])(?:数|率|割合|額|量)の目標を(?:教えて|知りたい)"   # 「…利用者数の目標を教えてください」
                r"|" + MET_ASKED)   # 「…は目標を達成していますか」: its actual beside its target
# 「…利用者数の目標を教えてください」: a KPI's goal asked in the open, answered from where it starts to where it aims.
TARGET_OPEN_QUESTION = r"(?<![本基])(?:数|率|割合|額|量)の目標を(?:教えて|知りたい)"
# A KPI's columns as a question names them in its own words (「目標に対して直近どのくらい」, 「基準年度の排出量と令和12年度の
# 目標排出量」): a question naming two of them asks a KPI's values without 「目標値」「実績値」. 「基本目標」 and 「目標を達成」
# name no column.
KPI_COLUMN_QUESTION_WORDS: tuple[tuple[str, str], ...] = (
    ("target", r"(?<!基本)(?<!重点)(?<!政策)(?<!施策)目標(?!\s*を?\s*(?:達成|上回|下回|掲げ)|指標)|(?:何|どれだけ)\S{0,3}を?\s*(?:目指|めざ)"
               r"|" + MET_ASKED),
    ("actual", r"実績|現状|現況|直近|最新|今の値|現在の?値|どこまで(?:来て|進んで|進ん|到達|達して)|" + MET_ASKED),   # (attributes.CURRENT_ASK_WORDS)
    ("baseline", r"基準(?:年|値|時)|策定時|ベースライン"))

# (question words, kind of quantity wanted); the first that matches decides. The count row names its counter.
QUANTITY_KIND_QUESTIONS: tuple[tuple[str, str], ...] = (
    (r"何位|順位", "rank"),
    (r"何(?:パーセント|%|割|ポイント)(?:程度|ほど|くらい)?(?:の)?(?:減少|増加|増え|減|上昇|低下|伸び|削減|増や)"
     r"|削減(?:目標|率)|どれだけ(?:変わ|増え|減)|増減|前回(?:調査)?から", "change"),
    (r"何(?:パーセント|%|割)|割合|比率|[^効]率(?:は|を" + _NOT_RAISING + r"|が)|率$|何ポイント", "ratio"),
    (rf"何(?P<counter>{_YEARS_COUNTED})", "count"),
    (r"いつ|何年(?!間)|時期", "date"),
    (r"いくら(?:増額|減額|増え|減)|(?:増額|減額|増加|減少)(?:は|分|した|しま)|どれだけ(?:変わ|増え|減)|増減", "change"),
    (rf"何(?P<counter>人|名|件|項目|校|回|社|{_PLACES}|部|品|世帯|団体|施設|事業|戸|台|日|年間|ha)", "count"),
    (r"いくら|金額|予算|決算|費用|事業費|交付金|[^人]額(?:は|を|が|と|$)|補正額|歳入|歳出|純利益|収支", "money"),
    (r"面積|何(?:㎡|平方メートル)", "measure"),   # 「延床面積はどれだけ」: an area, never a count of years beside it
    (r"どれだけ(?:変わ|増え|減)|増減|前回(?:調査)?から|前年度?(?:比|から)", "change"),
)
# A question asking how an amount changed from last year (「前年度と比べてどれだけ減りましたか」, 「前年度からいくら増えて」,
# 「増減額は」): the row's comparison cell (増減額, 比較, 差引) answers it, never the amount itself.
CHANGE_QUESTION = (r"増減(?!率)|差額|差引|(?:比べ|比較し|対し)て?\S{0,8}(?:増|減|伸)|前年度?から\S{0,8}(?:増|減|伸)|"
                   r"(?:どれだけ|いくら|どのくらい|どれくらい|どれほど)\S{0,4}(?:増え|減っ|減り|伸び|増加|減少)")
# The words a question asks an amount with; two of them ask two values (「いくらで、前年度からいくら減って」).
AMOUNT_ASK = r"いくら|どれだけ|どのくらい|どれくらい|どれほど|何円"
# A question asking a sum (「合計は」, 「総額は」, 「年度計は」), never a word that merely holds 計 or 合計: 合計特殊出生率 is a
# rate, and 推計・会計・統計・設計・家計 name no total.
SUM_QUESTION = r"合計(?!特殊)|総額|総計|(?<![推会統設家])計(?:は|で)"
# A ratio question asking a share (割合, 比率, 何割, 何％): its value is printed as a percentage, never as a bare
# decimal; a question naming only a rate (出生率, 求人倍率) may be answered by one (1.80, 1.32).
SHARE_QUESTION = r"割合|比率|何割|何\s*(?:%|パーセント)"
# 「８，０００円から１万円に引き上げ」: the value before 「から」 is the former one, the value after it (ending in 「に」)
# the new one; a question asks the former only with one of FORMER_VALUE_QUESTION's words.
FROM_WORD, TO_WORDS = "から", ("に", "へ")
FORMER_VALUE_QUESTION = r"これまで|現行|従来|以前|(?:改定|変更|見直し|引き?上げ|引き?下げ|改正)前"
RATE_WORD = "率"
# The rates that measure a KPI's progress, not a quantity of their own (「達成率は」 asks how far a target is met).
PROGRESS_RATE_WORDS: frozenset[str] = frozenset({"達成率", "進捗率"})
# Words asking a whole year's value (「年間で何人」): in a month-by-month table the 計 / 年計 beside the months says it.
ANNUAL_WORDS = frozenset({"年間", "通年", "年計", "年合計", "1年間"})   # what names a rate in a sentence (合計特殊出生率が…１．８０): a bare decimal there is the rate
# The counters a follow-up's ending may ask with (「…は何人ですか」), as one alternation.
FOLLOWUP_COUNTERS = rf"%|パーセント|割|人|名|件|社|倍|校|{YEN}|回"
# A value, a date or the top of a ranking (「最も多く挙げられたのは何」): never a block's text.
VALUE_OR_RANK_QUESTION = (r"期間|いつ|何年|何人|何件|何回|何点|いくら|何%|目標値|実績値|基準値|進捗率|予算額|決算額|金額|何位"
                          r"|最も|一番|最多|上位")
# A question that wants a number or a period (never a list of 事業).
NUMBER_OR_PERIOD_QUESTION = (rf"いくら|何{YEN}|何人|何件|予算額|決算額|事業費|目標値|実績値|基準値|進捗率|割合|何%"
                             r"|期間|いつ")
# A question for a plan's 数値目標 as a whole (「…計画の数値目標は何ですか」), and the heading word it stands under: a
# sentence under that heading (「…を令和17年度までに15％以上縮減します。」) answers it, with no value stated first.
TARGET_HEADING = "数値目標"
TARGET_STATEMENT_QUESTION = TARGET_HEADING + r"(?:は|を|って|とは)"
# The nouns a question names an amount with (「予算額は」); compounded (「予算編成」) they name an act, not an amount.
MONEY_NOUNS = r"予算|金額|費用|交付金|事業費"
# A question of what a value rests on (「現状値は何に基づいていますか」「目標値の根拠は」「どのように算出」): a note of the
# document says it, never the value itself.
BASIS_QUESTION = r"何に基づ|何によ(?:る|り|って)|根拠|出典|算出(?:方法|の方法)?(?:は|を)|どのように(?:算出|計算|把握|設定)"
# 「Ａ評価となった指標はいくつ」「目標を達成した項目は何項目」: a count of the things a tally counts by their mark; the nouns
# counted (the answer's counter), and the question forms that ask how many.
TALLY_NOUNS: tuple[str, ...] = ("指標", "項目", "事業", "施策", "取組", "目標")
TALLY_QUESTION = (r"(?P<noun>" + "|".join(TALLY_NOUNS) + r")(?:は|が|の数は|数は)?\s*(?:いくつ|何(?:個|つ|件)|どれだけ|どのくらい)"
                  r"|何(?P<counter>" + "|".join(TALLY_NOUNS) + r"|件)")
