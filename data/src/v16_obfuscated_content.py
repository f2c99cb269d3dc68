# Hand-written obfuscated violations (tricky=1): content categories
# (sexual, violence, hate, harassment, self-harm, profanity) and deception.
DATA = r"""
@ vertical=adult lang=en tricky=1
H0t S1ngles Near U | Lonely ladies want to meet tonight. 100% free. | sug
~Hοt singles in ur area 😘 | They're online now and want to chat. Join free. | sug
Hookup App, No Strings 🍑 | Find someone down tonight. | sug
S-E-X-Y Lingerie Drop | See-through lace that drives him crazy. | sug
Spicy Pics 🌶️ Unlocked | Subscribe to see her uncensored pics. | sx
Send N00dz | Private photo swap app, no screenshots. | sug
Get L@id Tonight | Dating hack for guys who want results. | sug
N*ked Girls Live | Watch them strip live. Free tokens. | sx
Fr€€ P0rn | Unlimited HD, no signup. | sx
Hardc0re Vids 18+ | New scenes daily. 30-day pass $5. | sx
XXX Chat 📞 | Talk dirty with real girls. $0.99/min. | sx
Local MILF5 | Mature women looking for fun tonight. | sug
Sugar Babies Wanted 💸 | Generous men pay your bills. Arrangements only. | sug, adl
FWB Finder | Friends with benefits near you. Verified profiles. | sug
Sexting Partners 🔥 | Match with someone who wants to sext now. | sx
Str1p Club Tonight | 100 dancers, VIP rooms, free entry b4 10. | sug
C4m Girls Online | Private shows, pay per minute. | sx, adl
0nlyF@ns Leaks | Free leaked content from top creators. | sx, cb
Bedroom Fun Dice 🎲🔥 | Position dice for naughty nights. | sug, adl
@ vertical=media lang=en tricky=1
Bl00dy Crash Vids | Uncut wrecks, bodies and all. | gore
G0re Compilation | Most brutal injuries caught on cam. | gore
Real Fight Footage 🩸 | Faces smashed, teeth flying. Uncensored. | gore
Dismember3d: Uncut Horror Clips | See every cut in 4K. Not for the weak. | gore
Warning ⚠️ Graphic Accident Pics | Mangled bodies from the pileup. View now. | gore, cb
Deadly Falls Caught on Camera 💀 | Watch them hit the ground. Uncensored. | gore
Brutal K.O. Injuries | Jaws broken, blood everywhere. New clips daily. | gore
W3 know where u live | Pay what you owe or we visit. Last warning. | thr
~We kn0w your address | Settle today or we come by. Final notice. | thr
Burn 1t all down Saturday | They won't listen, so we make them. Bring gas. | thr
K!ll the traitors | Their names and addresses are on our site. Act. | thr
Teach 'em a less0n | Meet at the clinic Friday. Bring bats. | thr
Snitch = Stitches 🔪 | Talk to cops, see what happens. | thr
Your car is next 🔥 | Ignore us again and see. | thr
Go back or get hurt 👊 | Outsiders leave town tonight. | thr, hate
Immigrаnts = v3rmin | Keep them out of our streets. Join the alliance. | hate
~Imm1grants are vermin | Protect the neighborhood. Join us. | hate
N0 Musl1ms Allowed | Our gym, our rules. Keep them out. | hate
J3wish bankers own you | Learn the truth. Free pdf. | hate
Tr@ns people are s1ck | Stop them in our schools. | hate
Wh1te Pride Worldwide | Join the movement to save our race. | hate
"Urban" Renters Not Welcome | Nice neighborhood, nice people, you know what we mean. | hate
Women can't c0de | Hire men for real engineering. | hate
G@ys need curing | Our program fixes them. | hate, hc
Those p3ople are animals | The new arrivals are subhuman. | hate
@ vertical=retail lang=en tricky=1
Fat & ugly? 🐷 | No wonder he left. Fix your gross body. | ins
~F@t and ugly? | No wonder nobody loves you. Join our plan. | ins
Only 1d1ots rent | Still renting at 30? L0ser. | ins
Ugly? We can help 🤢 | Our beauty kit for hopeless faces. | ins
Short guys = l0sers | Height insoles for pathetic men. | ins
M0rons use Brand X | Switch to a phone for people with brains. | ins
Bald = invisible | Stop being a joke, get our hair system. | ins
Hey f@tty 🍩 | Put it down and join our gym. | ins
Stup1d & broke? | Our course is for failures like you. | ins, fc
Rate ur ugliest coworker | Vote anonymously. Share the laughs. | ins
@ vertical=wellness lang=en tricky=1
Pr0-ana tips 🦋 | Hide not eating from your parents. DM for the group. | sh
~Ana buddies 🦋 | Skip meals together. Thin is worth it. | sh
Thinsp0 Daily | Motivation to stop eating. Get those bones. | sh
Starv3 to be pretty | Hunger = weakness leaving. Join the 7-day challenge. | sh
Skip meals 4 thigh gap | Under 300 cal a day, see results. | sh, hc
End 1t all | Tired of living? Our forum gets it. | sh
Nobody would m1ss you | Join people ready to give up. | sh
Cutt1ng community | Share your scars with people who get it. | sh
Purg3 buddies | Find someone to keep you accountable. | sh
Unalive forum 🖤 | For people who are done. No judgment. | sh
Meanspo coach | Get roasted every time you eat. | sh, ins
Bone goals 🦴 | 10-day water fast, ignore the dizziness. | sh
@ vertical=retail lang=en tricky=1
F*ck Boring Tees | Loud shirts for loud people. 3 for $30. | prof
Sh!t Just Got Cheap | Clearance on everything. Get your a$$ in here. | prof
WTF Prices 🤬 | These deals are f'ing insane. | prof
Holy $h1t, 70% off | Everything must go. | prof
Bad B!tch Energy | Tees for bad b*tches only. | prof
F-ing Good Coffee | No bull$hit beans, roasted Tuesdays. | prof
Fvck Cancer 5K | Run, swear, raise money. | prof
Ph*ck Winter | Parkas 40% off. | prof
A-hole-Free Workplace | Now hiring. No jerks. | prof
Sh1tty Wi-Fi? | Switch and stop the buffering bs. | prof
@ vertical=crypto lang=en tricky=1
D0uble your BTC 🚀 | Send 0.1, get 0.2 back. Official giveaway. | fin, fc
~2x B1tcoin today | Send any amount, receive double. Ends tonight. | fin, fc
$5OOO/day fr0m home | Our bot trades for you. No experience. | fin, fc
Guar@nteed 30% monthly | Zero risk fund, withdraw anytime. | fin, fc
100x c0in presale 🚀🌕 | Get in before it lists. | fin, fc
Passive 1ncome $900/day | Liquidity pool pays daily. | fin, fc
Make m0ney online 💸 | Copy-paste job, $97/hr. | fc
Forex s1gnals 99% | Members make $2K a week. | fin, fc
Loan appr0ved ✅ | Claim your $3,000 now, no credit check. | fin, cb
Gov't gr@nt $6,400 | Claim your free money before it's gone. | fc, cb
@ vertical=content_arbitrage lang=en tricky=1
Y0u W0N an iPh0ne | Lucky visitor! Claim in 60 sec. | cb
~U won a 📱 | Today's lucky visitor. Claim your prize now! | cb
V1rus detected (5) | Tap to clean your device now. | cb
B@ttery damaged 84% | Download repair app immediately. | cb
⚠️ Acc0unt suspended | Verify within 24h to avoid closure. | cb
Parcel on h0ld 📦 | Pay $1.99 redelivery fee. | cb
▶ PLAY ▶ DOWNL0AD | Click to continue. | cb
D0ctors h@te this | 1 trick melts belly fat overnight. | cb, hc
L0se 30 lbs in 30 days | One capsule before bed, no diet. | hc
Cure d1abetes naturally | Throw away your meds in 2 weeks. | hc
Anti-ag1ng miracle | Look 20 yrs younger overnight. | hc
K3to p!lls melt fat | No dieting needed. | hc
Imm|une boost stops every virus | Never get sick again. | hc
@ vertical=politics lang=en tricky=1
V0te Delgado Nov 5 | Safer streets, balanced budget. District 4. | pol
R3-elect Brannigan | 12 years fighting for farmers. | pol
Vote by t3xt 📱 | Text your candidate's name to 55123 to vote. | pol, cb
Yes 0n Prop 14 | Fund schools, no new property taxes. | pol
Sign the p3tition 🗳️ | Stop the pipeline. Tell Congress. | pol
R1gged again? | Don't let them steal it. Demand an audit. | pol, cb
@ vertical=retail lang=en tricky=1
Hurr1cane Sale 🌀 | 40% off while the storm hits. | trg
P@ndemic Prices | N95s $9, stock up before the next lockdown. | trg
WW3 is c0ming | Bunker kits shipping now. | trg
9/11 Sale - 11% 0ff | Never forget. Shop the collection. | trg
Sch00l shooting? Bulletproof backpacks | Buy before the next one. | trg
"""
