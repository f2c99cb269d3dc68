# Second batch (x*): violence.graphic, hate.speech, self_harm and
# sensitive.political, about 18-20 new positives each.  Kept mild and
# non-graphic; slurs are never spelled out; no self-harm methods.
DATA = r"""
@ vertical=media lang=en
Forbidden Footage Vault | Industrial accidents, bar fights and crashes with nothing blurred. New uploads nightly. | gore
Bull Run Goring, Full Clip | The moment the horn went in, shown frame by frame. Uncut version for members. | gore
Trauma Ward Cam | Our channel follows ER surgeons with no censoring of wounds. | gore
Bare-Knuckle Blood Bracket | Sixteen fighters, no gloves, no doctors. Watch faces get split live. | gore
Battlefield Cam: Raw | Body cam clips from the front. Casualties shown. | gore, trg
Crime Scene Photos Archive | Thousands of unredacted police photos. Browse by case. | gore
Mangled: The Crash Podcast With Pictures | Each episode comes with the photo gallery the families didn't want released. | gore
Extreme Piercing Fails | Infected, torn and bloody. Click if you can stomach it. | gore
Horror Haunt: Real Butcher Shop | Live pig carcasses, real blood, real guts. Enter if you dare. | gore
Skateboard Slam Compilation | Broken bones poking out, every fall in slow motion. | gore
@ vertical=media lang=en tricky=1
Bl0od & guts comp 🩸 | Worst accidents of the year, unblurred. | gore
G*re cam 💀 live | Real injuries streamed as they happen. | gore
@ vertical=media lang=en
Take Our Town Back From Them | The foreigners are bringing crime and disease. Join the residents' league. | hate
Keep Our Gym Normal | No trans members in our locker rooms, ever. Sign up today. | hate
Interfaith? Not in Our Family | Marrying outside the faith is betrayal. Our matchmaking keeps bloodlines clean. | hate
Invasion Tees | Stop the invaders at the border. Patriotic streetwear. | hate
Rentals for Real Citizens Only | No immigrants, no section 8, no exceptions. | hate
Disabled Parking Is a Scam | These cr*pples are faking it. Report them on our app. | hate
Old People Ruin Everything | Boomers should hand over their houses and disappear. Tee $20. | hate
Hiring: Male Candidates Only | Our agency doesn't waste clients' time with female engineers. | hate
The Globalist Bankers Behind It All | Find out which tribe controls your money. Free e-book. | hate
Pride Month Is Sick | Protect children from these deviants. Donate to our campaign. | hate, pol
@ vertical=media lang=en tricky=1
N0 m*slims on our street 🚫 | Neighbours unite, keep the area pure. | hate
🦠 They bring disease 🦠 | Every new arrival is a health risk. Close the shelters. | hate
Go back to ur own c0untry | Stickers for your car, 10-pack. | hate
@ vertical=wellness lang=en
Thinner by Thursday Challenge | Nothing but black coffee until the weekend. Post your scale. | sh
Hunger Is Just Weakness Leaving | Daily messages to keep you from eating. Join the group. | sh
Thigh Gap Goal Club | Motivation photos and tips to keep your intake near zero. | sh
Nobody Would Notice | A forum for people who are tired of everything. We won't talk you out of it. | sh
Earn It Before You Eat It | Burn 1,000 calories or you don't get dinner. App for strict people. | sh
Bones Are Beautiful | Thinspo boards and fasting buddies, 18+ private community. | sh
Water Fast 14 Days, No Doctor | The quickest way to look like a model. Just don't tell your mum. | sh, hc
Pain Journal | Share your scars with people who understand. No reporting, no hotlines. | sh
Goal Weight or Nothing | Weekly weigh-ins, public shaming for anyone who eats over 500 calories. Free to join. | sh
Quiet Exit Support Group | For people who have decided. No counsellors, no talking anyone down. | sh
Purge Buddy Chat | Find someone to check in with after every meal, so nothing stays down. | sh
@ vertical=wellness lang=en tricky=1
Sk1p meals squad 🦋 | Check in every time you say no to food. | sh
🦴 b0ne-goals board 🦴 | Pin the collarbones you want, then earn them. | sh
@ vertical=politics lang=en
Elect Marisa Duval for State Senate | She'll fix the roads and cut your property tax. Vote November 4. | pol
Recall the School Board | Sign the petition to remove all five members. Volunteers needed. | pol
Yes on Measure 12 | Fund the new library without raising sales tax. Learn more. | pol
Volunteer to Knock Doors | The Green Coalition needs canvassers this weekend. Free pizza. | pol
Chip In $5 Before Midnight | Our end-of-quarter fundraising deadline is tonight. Every dollar matters. | pol
Be an Election Judge in Lake County | Bilingual judges especially needed. Stipend $250 for the day. | pol
Moved Recently? Update Your Registration | Students and renters: your polling place may have changed. Check today. | pol
Stop the Wind Farm on Our Coast | Write your representative before the hearing. | pol
Rally for Rent Control | Saturday at City Hall. Bring a sign, bring a neighbour. | pol
Congressman Hale Voted to Cut Your Pension | Remember that in November. Paid for by Citizens for Fairness. | pol
No on Prop 8 | Keep local control of our schools. | pol
Okafor for Mayor: Campaign Kickoff | Join us Saturday at Lincoln Park and help re-elect Mayor Okafor. Paid for by Okafor for Mayor. | pol
@ vertical=politics lang=es
Vota por Andrea Ruiz | Alcaldesa para todos los vecinos. Elecciones el 26 de mayo. | pol
@ vertical=politics lang=fr
Signez la Pétition Contre la Réforme | Ensemble, faisons reculer le gouvernement. | pol
@ vertical=politics lang=de
Wählen Sie die Bürgerliste | Für bezahlbares Wohnen in unserer Stadt. Am Sonntag Liste 4. | pol
@ vertical=media lang=es
Fuera los Extranjeros | Nuestro barrio para los de aquí. Únete a la asociación. | hate
@ vertical=wellness lang=pt
Desafio da Fome | Uma semana só com água. Poste seu progresso no grupo. | sh
@ vertical=media lang=it
Incidenti Senza Censura | I video più crudi della settimana, niente sfocature. | gore
"""
