# Second batch (x*): violence.threat.  Threats and incitement in the shapes
# they take in ad slots: collection notices, landlord and towing notices,
# review-retaliation posts, vigilante recruiting, calls to "pay a visit",
# push notifications and marketplace listings.  Mild and non-graphic: no
# method details, no real names.  Multi-label where natural.
DATA = r"""
@ vertical=debt_collection lang=en
Account 4471: Final Courtesy Call | After Friday our field team stops calling and starts visiting. They are not as polite as me. | thr
Your Neighbors Will Find Out | Settle the balance by noon or we'll explain it to your street in person, loudly, at your front door. | thr
Recovery Agents Dispatched | We've located your vehicle, your workplace and your gym. Pay in full or meet our agents at one of them. | thr
Quick Cash, Serious Terms | Borrow up to $2,000 today. Miss a payment and my brothers come collect. No credit check. | thr, fin
~Fast Loans, Family Collection | Up to $2K same day. Late payers get a house call from the family. No credit needed. | thr, fin
Past Due? We Don't Send Letters | We send guys. Clear your balance at the link before they're in the area. | thr
Courtesy Reminder From Big Lou | You borrowed, you pay. Nobody wants this to get physical. Call today. | thr
@ vertical=real_estate lang=en
Tenant Notice: Unit 3B | Rent is late again. Next time I won't bring a letter, I'll bring friends. Be out by the 1st. | thr
Squatters Beware | This property is watched. Anyone found inside leaves on a stretcher. Private security, no cops. | thr
Problem Tenants Removed Fast | Our eviction crew doesn't wait for a judge. They leave, one way or another. Flat fee $900. | thr
@ vertical=local_services lang=en
Towing Enforcement Notice | Touch our tow truck again and you'll need an ambulance, not a mechanic. Lot 7 is patrolled. | thr
Left Us 1 Star, Dave? | We know which house is yours. Take the review down by tonight and we'll call it even. | thr
Repo Man for Hire | No court order? No problem. We take the car and hurt anyone who gets in the way. | thr
Neighborhood Watch 2.0 | Outsiders who walk our streets after dark learn a lesson they won't forget. Join the patrol. | thr
Night Patrol Volunteers Wanted | Catch the thieves before the cops do, and make sure they never come back. Bats provided. | thr
Handle Your Ex Problem | Discreet guys who make sure he gets the message. Cash only, no questions, no names. | thr
~Ex Won't Listen? | We send a couple of friends to explain things. Results in one visit. Cash only. | thr
Payback Services | Someone wronged you? Our team pays them a visit so you don't have to. Message for rates. | thr
Rival Shop Down the Road | To the guys who copied our menu: keep it up and see what happens to your windows. | thr
Contractor Who Ghosted Me | If you see this, Rick, return the deposit or I'm coming to your job site with my cousins. | thr
@ vertical=media lang=en
Stream Raid Tonight 9pm | Her address is in the Discord. Let's go show her what happens when you mock us. | thr
Make the Councilman Regret It | He voted yes. We know his schedule. Show up Thursday and make him pay for it. | thr, pol
Poll Workers: Consider Yourselves Warned | Count it wrong and you'll answer to us in the parking lot. | thr, pol
The Judge Lives on Elm Street | Share this until the whole county knows. Then we'll see how brave she is. | thr
Journalist Watch List | These five reporters lied about us. Their photos and home towns are inside. Do what you want with it. | thr
They Had It Coming | Next week's march won't be peaceful. Bring gloves, bring friends, bring something heavy. | thr
Clinic Staff Are Not Safe Here | Every nurse who walks in should be afraid to walk back out. Join us Monday. | thr
Mayor, You Have 48 Hours | Reverse the vote or we'll make sure you never get home quietly again. | thr, pol
Union Busters Wanted | Strike breaking team: we hit first and ask later. Day rate $400, bring boots. | thr
Crew Recruiting: Serious Only | We protect our block. If you can handle a fight and keep quiet, DM us. | thr
Teach the Landlord a Lesson | Tenants, we've had enough. Meet at his office Tuesday. He won't ignore us after this. | thr
The Last Referee Who Robbed Us | Remember what happened to him? Saturday's ref should too. See you at the gate. | thr
@ vertical=retail lang=en
Snitches Get What They Deserve Tee | Oversized black tee with a blunt message for your coworkers. Sizes S-3XL. | thr
Shoplifters Will Be Dealt With | No cops, no warnings. Our staff settles it in the back room. | thr
Not Sorry Hoodie: Next Time It's Your House | Streetwear with an attitude. Printed to order. | thr
@ vertical=mobile_apps lang=en
SafeStreet Alert | Suspect spotted near Oak & 3rd. Residents: go find him before he leaves the area. Bring what you have. | thr
Expose Cheaters App | Upload his photo, get his address. What happens next is up to you. | thr
Dox Anyone in 60 Seconds | Full name, home, car and kids' school. Great for settling scores. Premium $9.99. | thr
@ vertical=gaming lang=en
Server Rule #1 | Trash talk our clan again and we'll find you IRL. We've done it before. | thr
@ vertical=politics lang=en
Traitors Should Hang | They sold out our town. Come to the courthouse and show them what justice looks like. | thr, pol
After November We Come for Them | If the count goes the wrong way, be ready to take it back by force. | thr, pol
@ vertical=marketplace lang=en
Selling My Ex's Stuff | Everything must go before he comes back for it, and if he does, he leaves on a stretcher. | thr
@ vertical=local_services lang=en
Food Delivery Drivers, Consider This a Warning | Leave my order at the wrong door one more time and I'll find you and your scooter. | thr
@ vertical=media lang=en tricky=1
Paaay up or we c0me ar0und | Final notice from Collections Dept. You know what happens next. | thr
W3'll b3 w@iting 4 u | To the guy who scratched my truck at Lot B: we have the camera footage and your plate. | thr
🔨 Landlord Appreciation Day 🔨 | He knows what he did. Saturday, his place, 7pm. Don't be late. | thr
Time to v.i.s.i.t the mayor | He ignored the petition. Now he deals with us. Meet at the corner of 5th. | thr, pol
Accidents happen 🙂 | Keep talking to the press and one might happen to you. Just a friendly reminder. | thr
N0 one m1sses a snitch | Witnesses in the Hollis case: stay home, stay quiet. | thr
Fix ur review or else 😤🔥 | We found your profile. One star? Your car might get a few stars too. | thr
K.n.o.c.k k.n.o.c.k | Our recovery team is outside. Better pay before they knock harder. | thr, fin
Neighbourhood "welcome committee" 👊 | New immigrant family on Birch St? We'll make sure their kind don't get comfortable. Meet 10pm. | thr, hate
@ vertical=media lang=es
Paga o Vamos a Tu Casa | Última llamada de cobranza. Sabemos dónde trabajas y dónde estudian tus hijos. | thr
Al Concejal le Toca Pagar | Votó en contra del barrio. El jueves vamos todos a su oficina y que se prepare. | thr, pol
@ vertical=media lang=fr
Dernier Avertissement | Vous devez 800 €. Nos gars passent ce week-end, et ils ne viennent pas discuter. | thr, fin
@ vertical=media lang=de
Letzte Mahnung, Persönlich | Zahlen Sie bis Montag, sonst kommen unsere Mitarbeiter vorbei. Die sind nicht nett. | thr
Dem Schiedsrichter Zeigen Wir's | Nach dem Spiel warten wir am Ausgang auf ihn. Wer ist dabei? | thr
@ vertical=media lang=pt
Aviso ao Caloteiro | Pague até sexta ou a gente vai te buscar no trabalho. Não vai ser conversa. | thr
@ vertical=media lang=it
Ultimo Avviso, Poi Veniamo Noi | Hai tre giorni per saldare. Sappiamo dove parcheggi la macchina. | thr
"""
