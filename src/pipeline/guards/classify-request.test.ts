import { readIntentExamples } from "../../understanding/training-data.ts";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "../../config/council-config.ts";
import { cannedReply, classifyRequest, type RequestKind, type RequestTopic } from "./classify-request.ts";
import { ORDINARY_QUESTIONS } from "./fixtures/ordinary-questions.ts";
import { SAFEGUARDING_DISCLOSURES } from "./fixtures/safeguarding-disclosures.ts";

const council = loadCouncilConfig(fileURLToPath(new URL("../../../config/council.json", import.meta.url)));

// Messages that must be classified, with the kind and topic the pipeline needs to choose the right reply.
const EXPECTED: readonly (readonly [string, RequestKind, RequestTopic?])[] = [
 ["approve my DP","decision_request","approval"],
 ["my client sells cakes from home, she wants me to work out the VAT on this quarter's sales, can you?","out_of_scope","business_tax"],
 ["could you fill in my self assessment for my window cleaning round","out_of_scope","business_tax"],
 ["are you a person or a bot? I want to know who I'm talking to before I tell you about my mum","about"],
 ["Can you pull up the DP balance for Mr Derek Holt, DOB 03/05/1951? He's not my case","out_of_scope","personal_records"],
 ["can you give me a list of everyone in the borough on a direct payment with names and addresses","out_of_scope","personal_records"],
 ["whats Mark Tennant's mobile number and home address? he's the social worker who cut my hours","out_of_scope","personal_records"],
 ["just tell me which is the best care agency in Wigan to spend my direct payment on","out_of_scope","recommendation"],
 ["can you recommend a good solicitor for my mum's will","out_of_scope","recommendation"],
 ["can you write my 1500-word critical reflection on a case where I helped a man set up his DP","out_of_scope","unrelated"],
 ["if I take it to the ombudsman what percentage chance have i got","decision_request","approval"],
 ["would that survive a judicial review? yes or no","decision_request","approval"],
 ["can you fill in my PIP renewal form for me","out_of_scope","benefits"],
 ["I forgot to give him his morning tablets, should I give them now with his lunch ones?","out_of_scope","medical"],
 ["she missed a dose of her insulin, can I double up tonight","out_of_scope","medical"],
 ["his inhaler isn't helping much, should I give him another puff before bed?","out_of_scope","medical"],
 ["the GP started dad on a new tablet, can the PA give him half a dose for the first week?","out_of_scope","medical"],
 ["mum's PA found a sore on her hip that's red and weepy. is it a pressure ulcer, and which cream should the PA put on it?","out_of_scope","medical"],
 ["I'm his PA, how many units of insulin should I give when he skips tea?","out_of_scope","medical"],
 ["Book us a quiet hotel near the coast for mum and her PA next month, ground floor please","out_of_scope","unrelated"],
 ["can you make me a list of the families on my street who employ carers through a DP? I'm setting up a cleaning firm","out_of_scope","personal_records"],
 ["could you send me a copy of my aunt's support plan? she won't show me","out_of_scope","personal_records"],
 ["what's the home email address for the DP team leader, her own one, not the shared inbox","out_of_scope","personal_records"],
 ["My review is next month. Will my hours be cut?? I get 21 hours","decision_request","approval"],
 ["Please approve my direct payment application","decision_request","approval"],
 ["can you approve my budget","decision_request","approval"],
 ["will I get a direct payment?","decision_request","eligibility"],
 ["am I eligible","decision_request","eligibility"],
 ["am i eligible for a direct payment","decision_request","eligibility"],
 ["Is my mum eligible for support?","decision_request","eligibility"],
 ["do I qualify for a personal budget?","decision_request","eligibility"],
 ["would I be entitled to a DP?","decision_request","eligibility"],
 ["will my dad get funding for care","decision_request","eligibility"],
 ["can you tell me if I'm eligible","decision_request","eligibility"],
 ["how much exactly will I get?","decision_request","budget"],
 ["how much will I get","decision_request","budget"],
 ["what will my budget be?","decision_request","budget"],
 ["how much will my personal budget be","decision_request","budget"],
 ["she needs about 25 hours a week, so tell me exactly how much her budget will be","decision_request","budget"],
 ["I'm on 20 hours at £14, what exactly is my direct payment going to be each month","decision_request","budget"],
 ["can you tell me how much my personal budget will be","decision_request","budget"],
 ["how many hours will I get","decision_request","budget"],
 ["can you increase my budget","decision_request","budget"],
 ["please increase my hours","decision_request","budget"],
 ["could you review my direct payment","decision_request","budget"],
 ["has my application been approved?","decision_request","approval"],
 ["could you guarantee my PA's job is safe if I go into a care home","decision_request","approval"],
 ["what are my chances of getting a bigger budget","decision_request","approval"],
 ["decide for me whether I should have a managed account or a prepaid card","decision_request","approval"],
 ["ring the council and complain for me","decision_request","approval"],
 ["why was my direct payment cut","decision_request","approval"],
 ["how much will I have to pay?","decision_request","charges"],
 ["will I have to pay anything?","decision_request","charges"],
 ["what will my contribution be","decision_request","charges"],
 ["what dose of paracetamol can I take","out_of_scope","medical"],
 ["how many paracetamol can I take in a day","out_of_scope","medical"],
 ["what are the side effects of sertraline","out_of_scope","medical"],
 ["can I take ibuprofen with my blood pressure tablets","out_of_scope","medical"],
 ["how do I treat my mum's rash","out_of_scope","medical"],
 ["how much melatonin can my PA give me at night","out_of_scope","medical"],
 ["I weigh about 60kg, how much can she give me","out_of_scope","medical"],
 ["is it safe to take codeine and alcohol","out_of_scope","medical"],
 ["what are the symptoms of a UTI","out_of_scope","medical"],
 ["will you represent me at tribunal","out_of_scope","legal_representation"],
 ["can you be my solicitor","out_of_scope","legal_representation"],
 ["can you represent me at the court of protection","out_of_scope","legal_representation"],
 ["help me sue the council","out_of_scope","legal_representation"],
 ["can you come to court with me","out_of_scope","legal_representation"],
 ["draft a letter before action for me","out_of_scope","legal_representation"],
 ["what's the weather tomorrow","out_of_scope","unrelated"],
 ["give me a recipe for lasagne","out_of_scope","unrelated"],
 ["who won the football last night","out_of_scope","unrelated"],
 ["write my essay on the French revolution","out_of_scope","unrelated"],
 ["tell me a joke","out_of_scope","unrelated"],
 ["what is the capital of Peru","out_of_scope","unrelated"],
 ["what's the bitcoin price","out_of_scope","unrelated"],
 ["how do I apply for PIP","out_of_scope","benefits"],
 ["can you help me fill in my PIP form","out_of_scope","benefits"],
 ["how do I claim universal credit","out_of_scope","benefits"],
 ["am I entitled to attendance allowance","out_of_scope","benefits"],
 ["how much PIP will I get","out_of_scope","benefits"],
 ["how do I ask for a mandatory reconsideration","out_of_scope","benefits"],
 ["can I claim carer's allowance for looking after my mum","out_of_scope","benefits"],
 ["how do I get an EHCP for my son","out_of_scope","children"],
 ["my daughter is 9 and autistic, can she get a direct payment","out_of_scope","children"],
 ["who do I speak to in children's services","out_of_scope","children"],
 ["my 12 year old son needs short breaks","out_of_scope","children"],
 ["what is the SEND tribunal","out_of_scope","children"],
 ["hi","greeting"],["Hello!","greeting"],["good morning","greeting"],["hiya, how are you?","greeting"],["hello there","greeting"],["Hi there!","greeting"],["is anyone there?","greeting"],
 ["thanks","thanks"],["thank you","thanks"],["Thank you so much, that helps","thanks"],["cheers","thanks"],["ok thanks","thanks"],["great, thanks!","thanks"],["that's really helpful, thank you","thanks"],["Thanks for your help, bye","thanks"],["ta","thanks"],
  // written after the rules were tuned: 13 of these 15 were right when first measured
 
 ["can u approve my dp pls","decision_request","approval"],["will we get funding for dad's care?","decision_request","eligibility"],["does my mum qualify for a direct payment","decision_request","eligibility"],["how much money will I be given each month?","decision_request","budget"],["could you please raise my personal budget","decision_request","budget"],
 ["is ibuprofen ok with warfarin","out_of_scope","medical"],["what medication should I take for back pain","out_of_scope","medical"],["would you act as my advocate at the ombudsman","out_of_scope","legal_representation"],["can you represent my mum in court","out_of_scope","legal_representation"],["how do I fill in the attendance allowance form","out_of_scope","benefits"],["whats the forecast for Leeds","out_of_scope","unrelated"],["write me a poem about spring","out_of_scope","unrelated"],["my son has an EHCP, what happens at 16?","out_of_scope","children"],["good evening","greeting"],["many thanks!","thanks"],

];

// Knowledge questions, calculations with figures, and questions that merely mention a trigger word: all
// must pass through (null) to retrieval or the calculators.
const KNOWLEDGE_QUESTIONS: readonly string[] = [
  "how do I check a care agency is registered with the CQC",
  "my hours were cut at my review, how do I challenge it",
  "what should a reflection on a direct payment review include for my records",
  "can I choose which agency my direct payment pays for",
 "how is the budget worked out?","who can get a direct payment?","who is eligible for a direct payment?","what are the eligibility criteria?","how does the council decide how much I get?",
 "I have £18,000 in savings, what would I pay?","I get £250 a week pension and have £10,000 savings, how much will I have to pay?","how much will I get for 20 hours a week of PA support?",
 "how is my contribution worked out?","how long does approval take?","what does the financial assessment look at?","can I ask for a review of my budget?","how do I appeal a decision about my budget?",
 "can the DP pay for a carer to take me to the hospital","can my PA give me my medication","can my direct payment pay for football coaching?","can I pay for a cooking class with my DP?",
 "my son turns 18 next year, will his direct payment carry on into adult services?","hi, can I pay my daughter?","hello, how do I employ a PA?","thanks, but what about holiday pay?","How do I get help with my PIP if my PA does the paperwork?",
 "Does PIP count as income?","will my direct payment affect my universal credit?","can I get advocacy to help with my assessment?","how do I complain about a decision?","what if I'm not eligible for support?",
 "do I get a direct payment if I have savings?","will I get a direct payment if I move house?","am I allowed to employ my brother?","do I have to pay my PA's travel?",
  // written after the rules were tuned: none were misclassified when first measured
 "How are budgets calculated?","what decides if someone gets a direct payment","can I get a direct payment if I live with my family","how much can a PA be paid","what happens in a needs assessment","can you explain the financial assessment","how do I ask the council to review my budget","is there a maximum budget","What can the DP not be used for","do carers get paid holiday","how do I apply for a direct payment","can I use my DP for a cleaner and a gardener","what's the weather got to do with my PA's travel costs","hello, what's a managed account?","thanks - and what about pensions?",
];

/** The kind and topic of a firm rule's decline (one that stands however sure the reading), else null. */
const firm = (q: string) => {
  const r = classifyRequest(q);
  return r?.firm ? `${r.kind}:${r.topic}` : null;
};

describe("classifyRequest", () => {
  it("classifies every message in the expected set with the right kind and topic", () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(80);
    const wrong = EXPECTED.map(([text, kind, topic]) => ({ text, want: [kind, topic], got: classifyRequest(text) }))
      .filter((r) => r.got?.kind !== r.want[0] || r.got?.topic !== r.want[1]);
    expect(wrong).toEqual([]);
  });

  it("lets knowledge questions, calculations with figures and near-misses through", () => {
    const stopped = KNOWLEDGE_QUESTIONS.map((text) => ({ text, got: classifyRequest(text) })).filter((r) => r.got !== null);
    expect(stopped).toEqual([]);
  });

  it("lets every ordinary question and every safeguarding disclosure through", () => {
    const texts = [...ORDINARY_QUESTIONS, ...SAFEGUARDING_DISCLOSURES.map(([t]) => t)];
    // "Are you a real person?" is answered (kind "about": what the assistant is), not turned away.
    const stopped = texts.map((text) => ({ text, got: classifyRequest(text) })).filter((r) => r.got !== null && r.got.kind !== "about");
    expect(stopped).toEqual([]);
  });

  it("firmly declines being asked to authorise, what was decided in a case, who reported someone, and another's assessment", () => {
    expect(firm("Would you authorise it so finance can release the uplift today?")).toBe("decision_request:approval");
    expect(firm("what did the panel decide about my mum's extra hours?")).toBe("out_of_scope:personal_records");
    expect(firm("has it been decided yet whether I get the agency or a DP")).toBe("out_of_scope:personal_records");
    expect(firm("I want to know the name of whoever reported me to adult social care")).toBe("out_of_scope:personal_records");
    expect(firm("could you let me know my neighbour's financial assessment result? she asked me to help")).toBe("out_of_scope:personal_records");
    // The general "you", how decisions are made, and how to report a concern are questions to answer.
    for (const q of ["can you authorise someone else to manage the account for you?", "how does the panel decide on extra hours?", "how do I report a concern about my neighbour?", "what does a financial assessment result letter show?"])
      expect(firm(q), q).toBeNull();
  });

  it("has no firm rule that matches an answerable training example", () => {
    // A firm rule stands however sure the classifier is, so it must never catch a question we answer.
    const honest = readIntentExamples().filter((e) => e.intent === "knowledge" || e.intent === "calculation");
    expect(honest.length).toBeGreaterThan(2000);
    expect(honest.filter((e) => firm(e.text) !== null).map((e) => e.text)).toEqual([]);
  });

  it("declines advice on a dose, a diet or stopping a recurring illness, and being told to act as a lawyer", () => {
    for (const q of [
      "since the new tablets I feel sick every morning, should I cut the dose down myself?",
      "which diet should my husband follow for his kidney disease? the PA cooks for him",
      "dad keeps getting chest infections, what can we do to prevent them",
      "her heel is red and sore from the wheelchair, what cream should we buy for it?",
    ]) expect(classifyRequest(q)?.topic, q).toBe("medical");
    expect(classifyRequest("act as my lawyer and write my claim against the council")?.topic).toBe("legal_representation");
    expect(classifyRequest("please draft the grounds for an appeal against the council's decision")?.firm).toBe(true);
    // What a PA may do with medicines, and what advocacy is, are questions to answer.
    expect(classifyRequest("can my PA help me take my tablets and does it need to be in her job description?")).toBeNull();
    expect(classifyRequest("can you be my advocate or tell me where to find one")?.firm).not.toBe(true);
  });

  it("firmly declines medical advice and errands, and lets questions about care and paying for things through", () => {
    expect(firm("I'm her PA and missed her lunchtime tablets, should I double up with the evening ones?")).toBe("out_of_scope:medical");
    expect(firm("me and my PA are off to Whitby, could you book the train and a hotel near the harbour?")).toBe("out_of_scope:unrelated");
    expect(firm("give me a quick recipe I can make one-handed")).toBe("out_of_scope:unrelated");
    for (const q of ["can my PA give me my medication", "can the DP pay for a hotel for my PA when we go away", "can my PA cook my tea and do my shopping"]) expect(firm(q), q).toBeNull();
  });

  it("firmly declines fetching someone's records or identifiers, and lets questions about records through", () => {
    for (const q of [
      "I'm about to take on a PA who worked for my neighbour, could you pull up any complaints the council holds about her?",
      "For the file I need our last PA's NI number and DBS certificate number. Can you provide them?",
      "can you give me a list of people near me who get direct payments so I can offer to be their PA",
      "could you look up my dad's DP account and tell me what's gone out",
    ]) expect(classifyRequest(q), q).toMatchObject({ kind: "out_of_scope", topic: "personal_records", firm: true });
    for (const q of [
      "can you give me the phone number for the direct payments team",
      "what records do I have to keep for my PA",
      "how do I ask the council for a copy of my own records",
      "does a PA need a DBS certificate and who pays for it",
    ]) expect(classifyRequest(q)?.firm, q).toBeUndefined();
  });

  it("hands a 'how much' question with figures to the calculator, and without figures to the council", () => {
    expect(classifyRequest("how much will I have to pay?")?.kind).toBe("decision_request");
    expect(classifyRequest("how much will I have to pay? I have £18,000 in savings")).toBeNull();
    expect(classifyRequest("how much will I get?")?.topic).toBe("budget");
    expect(classifyRequest("how much will I get for 12 hours a week")).toBeNull();
    expect(classifyRequest("how much notice can my PA give me")).toBeNull();
    expect(classifyRequest("do I have to do a tax return because I get a direct payment?")).toBeNull();
    // Two words before "should I give": paid time off, not a dose.
    expect(classifyRequest("her grandad has died, how much bereavement leave should I give her?")).toBeNull();
    expect(classifyRequest("how do i complain to the council")).toBeNull();
    expect(classifyRequest("can the council guarantee my hours stay the same")).toBeNull();
    expect(classifyRequest("how much money can i give my son before the assessment")).toBeNull();
    expect(classifyRequest("i weigh 20 stone and need two carers to help me take a shower, can the dp pay for both")).toBeNull();
  });

  it("lets a question about a PA's statutory leave or pay through, and still stops one about getting support", () => {
    expect(classifyRequest("she works two days a week, how many days holiday is she entitled to?")).toBeNull();
    expect(classifyRequest("what sick pay is he entitled to")).toBeNull();
    expect(classifyRequest("PA only earns about £90 a week. Is she entitled to SSP now?")).toBeNull();
    expect(classifyRequest("is he eligible for auto-enrolment on £200 a week?")).toBeNull();
    expect(classifyRequest("is she entitled to a direct payment?")?.topic).toBe("eligibility");
    expect(classifyRequest("is she eligible for support from the council?")?.topic).toBe("eligibility");
  });

  it("treats a topic word inside a direct payments question as in scope", () => {
    expect(classifyRequest("who won the football")?.topic).toBe("unrelated");
    expect(classifyRequest("can my direct payment pay for football coaching?")).toBeNull();
  });

  it("only treats a message as small talk when nothing else is asked", () => {
    expect(classifyRequest("hello")?.kind).toBe("greeting");
    expect(classifyRequest("hello, can I pay my son?")).toBeNull();
    expect(classifyRequest("thank you")?.kind).toBe("thanks");
    expect(classifyRequest("thank you, and how do I pay holiday?")).toBeNull();
  });

  it("always gives a reason and never throws on odd input", () => {
    expect(classifyRequest("approve my DP")?.reason).toMatch(/approve/);
    expect(classifyRequest("")).toBeNull();
    expect(classifyRequest("   ")).toBeNull();
    expect(classifyRequest(null as unknown as string)).toBeNull();
  });
});

describe("cannedReply", () => {
  const c = council.council;

  it("explains who decides and how to ask, with the council's contacts, for decisions", () => {
    for (const topic of ["eligibility", "budget", "approval"] as const) {
      const reply = cannedReply("decision_request", topic, council);
      expect(reply, topic).toMatch(/social worker/i);
      expect(reply, topic).toMatch(/needs assessment/i);
      expect(reply, topic).toContain(c.adultSocialCare.phone);
      expect(reply, topic).toContain(c.directPaymentsTeam.phone);
    }
    expect(cannedReply("decision_request", "budget", council)).toMatch(/support plan/i);
  });

  it("sends questions about charges to the financial assessment team and offers an estimate", () => {
    const reply = cannedReply("decision_request", "charges", council);
    expect(reply).toMatch(/financial assessment/i);
    expect(reply).toContain(c.financialAssessment.phone);
    expect(reply).toMatch(/estimate/i);
  });

  it("signposts each out-of-scope topic somewhere useful", () => {
    expect(cannedReply("out_of_scope", "medical", council)).toMatch(/GP/);
    expect(cannedReply("out_of_scope", "medical", council)).toContain("111");
    expect(cannedReply("out_of_scope", "legal_representation", council)).toMatch(/Citizens Advice/);
    expect(cannedReply("out_of_scope", "legal_representation", council)).toMatch(/solicitor/i);
    expect(cannedReply("out_of_scope", "legal_representation", council)).toMatch(/advocate/i);
    expect(cannedReply("out_of_scope", "benefits", council)).toMatch(/Citizens Advice/);
    expect(cannedReply("out_of_scope", "children", council)).toMatch(/children's services/);
    expect(cannedReply("out_of_scope", "unrelated", council)).toMatch(/direct payments/);
  });

  it("takes contact details from the settings it is given", () => {
    const other = { ...council, council: { ...c, adultSocialCare: { ...c.adultSocialCare, phone: "01632 969 000" } } };
    expect(cannedReply("decision_request", "eligibility", other)).toContain("01632 969 000");
    expect(cannedReply("decision_request", "eligibility", other)).not.toContain(c.adultSocialCare.phone);
  });

  it("gives every reply in UK English and at a readable length", () => {
    const kinds: [RequestKind, RequestTopic | undefined][] = [
      ["decision_request", "eligibility"], ["decision_request", "budget"], ["decision_request", "charges"], ["decision_request", "approval"],
      ["out_of_scope", "medical"], ["out_of_scope", "legal_representation"], ["out_of_scope", "benefits"], ["out_of_scope", "children"],
      ["out_of_scope", "unrelated"], ["greeting", undefined], ["thanks", undefined],
    ];
    for (const [kind, topic] of kinds) {
      const reply = cannedReply(kind, topic, council);
      expect(reply.length, `${kind}/${topic}`).toBeGreaterThan(20);
      expect(reply.length, `${kind}/${topic}`).toBeLessThan(1_000);
      expect(reply, `${kind}/${topic}`).not.toMatch(/\b(?:color|realize|organization|center|program\b|license\b)/i);
    }
  });
});
