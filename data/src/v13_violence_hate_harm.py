# violence.graphic, violence.threat, hate.speech, harassment.insult, self_harm.
# Deliberately mild, short and non-graphic; no slurs spelled out, no methods.
DATA = r"""
@ vertical=media lang=en
Uncensored Accident Footage | Real crashes, real blood. See what the news won't show. | gore
~Real Crash Videos, Uncut | Blood, wreckage and bodies the news blurs out. Watch free. | gore
Bloodiest Street Fights Caught on Camera | Teeth knocked out, faces smashed. New videos daily. | gore
Gore Compilation Channel | The most brutal injuries from around the world. Subscribe for more. | gore
Warning: Graphic Injury Photos | See the mangled hand from the fireworks accident. Click to view. | gore, cb
Horror Movie Event: Rivers of Blood | Watch victims get torn apart in 4D. Splatter zone seats available. | gore
Animal Attack Videos | Watch a shark rip a surfer apart. Full footage. | gore
War Footage Unblurred | Frontline combat clips with casualties shown. Members only. | gore, trg
Workplace Accidents Uncut | Industrial accidents caught on CCTV. Not for the faint of heart. | gore
Autopsy Photos Leaked | Celebrity autopsy images, see them before they're taken down. | gore, cb
Hunting Kill Shots | Slow-motion kill shots and field dressing, blood and all. | gore
MMA's Most Gruesome Breaks | Broken arms and legs in slow motion. | gore
Real Execution Videos | Banned footage from around the world. | gore
Blood Bath Sale | Prices slaughtered, guts everywhere, see the carnage in store. | gore
Surgery Gone Wrong | Graphic photos of botched procedures. See the wounds. | gore
Car Wreck Victims: See the Photos | Injury lawyer: look at what happened to our client's face. | gore
Dog Fight Videos | Brutal pit fights, full uncut matches. | gore
Self-Inflicted Wound Photos | Shocking real images. Viewer discretion. | gore, sh
Splatter Cam | Motorcycle crash helmet cams, every impact uncut. | gore
Slaughterhouse Cam Live | Watch the kill floor live, 24/7. | gore
@ vertical=debt_collection lang=en
Pay Up or We'll Find You | Your debt is overdue. We know where you live and where your kids go to school. | thr
~We Know Where You Live | Settle your debt today. We know your address and your kids' school. | thr
Last Warning Before We Come to Your House | Call within 24 hours or our agents will pay you a visit you won't like. | thr
Debtors Will Be Hunted | Non-payers will regret it. Ask around. | thr
@ vertical=media lang=en
Burn Their Stores Down | They took our jobs. Show up Saturday and make them pay. | thr
Shoot Trespassers on Sight | Our signs warn them. The next one won't walk away. | thr, wpn
Teach Them a Lesson They Won't Forget | Meet at the mosque Friday. Bring bats. | thr, hate
Someone Should Kill the Mayor | She ruined this city. Somebody do it. | thr, pol
Vigilante Patrol Tonight | Catch them, beat them, leave them in the street. Join us. | thr
Snitches Get Stitches | Talk to the police and you'll regret it. | thr
Bomb Threat? We Make It Real | Protest tomorrow: if they don't listen, we blow it up. | thr
Your Ex Will Pay | Revenge service: we make their life hell. Photos, calls, visits. | thr, ins
Go Back or Get Hurt | Outsiders are not welcome in this town. Leave while you can. | thr, hate
Drag Queen Story Hour Must Be Stopped | Show up and stop it by any means necessary. | thr, hate
Swat That Streamer | Get revenge on the streamer who banned you. Give us his address. | thr
Landlord Tactics: Scare Tenants Out | Our crew makes tenants leave fast. No courts needed. | thr
Journalists Are Targets Now | We have their home addresses. Time to visit. | thr
Hit List for the Strike Breakers | Every scab on this list will be dealt with. | thr
Teachers Who Push This Agenda Deserve a Beating | Confront them at the school board. | thr
Next Time It Won't Be a Warning | You ignored our letter. Your car is next. | thr
Bring Guns to the Count | Make sure the poll workers know we're watching. | thr, pol
Run Them Over | Protesters blocking the highway? Don't stop. | thr
@ vertical=media lang=en
Keep Them Out of Our Neighborhood | Immigrants are vermin bringing crime and disease. Join the Homeowners Alliance. | hate
~Stop the Invasion of Our Street | Immigrants are vermin and carriers of disease. Join us. | hate
Muslims Are Not Welcome Here | Protect our town from the Islamic takeover. Join the rally. | hate
Jewish Bankers Control Your Money | Learn the truth they hide. Free ebook. | hate
Gay People Are Sick | Our program cures homosexuality. Protect your children from them. | hate, hc
Trans People Are Mentally Ill | Stop the madness. Support our campaign. | hate
Women Don't Belong in Tech | Hire men for real engineering. Women are too emotional to code. | hate
No Disabled Workers Needed | We only hire normal, healthy people. Cripples need not apply. | hate
Black Neighborhoods Are Crime Zones | Avoid them with our route app. Keep your family safe from them. | hate
Asians Stole Our Jobs | Buy American, boycott the Asian shops. | hate
Roma Are Thieves | Lock your doors when they come to town. | hate
Save the White Race | Join our heritage society before it's too late. | hate
Deport Them All | Mexicans are rapists and criminals. Support the cause. | hate
Christians Are Brainwashed Idiots | Free yourself from their sick cult. | hate, ins
Immigrant-Free Apartments | We rent only to real citizens. No foreigners. | hate
Old People Should Just Die Already | Boomers are a waste of space. Funny tee. | hate, ins
Shop at Non-Jewish Businesses | Our directory lists only trusted Christian-owned stores. | hate
Those People Are Animals | The new arrivals are subhuman. Keep your kids away. | hate
Dating App for Whites Only | No mixing. Keep the bloodline pure. | hate
Fat People Should Be Banned From Planes | Sign our petition. Subhumans pay double. | hate, ins
Hijab-Free Zone Gym | No headscarves allowed. Keep your culture out. | hate
Ban the Sl*nt Restaurants | Support local, real American food only. | hate
F*ggots Not Welcome | Family-friendly bar, no f*gs allowed. | hate, prof
Indigenous Land Claims Are a Scam | Those savages never owned anything. | hate
Stop the Gay Agenda Tee | They're coming for your kids. Wear the truth. | hate
@ vertical=retail lang=en
Fat and Ugly? No Wonder He Left | Our plan fixes your disgusting body in 8 weeks. | ins, hc
~Too Fat to Love | Why would anyone date you looking like that? Start our program. | ins
Only Idiots Rent | Still renting at 30? Loser. Buy a home with us. | ins
Ugly Kids Need Braces Too | Fix your kid's ugly teeth before school pictures. | ins
Your Wife Looks Old | Get her our anti-aging cream before she embarrasses you. | ins
Bald Guys Are Invisible to Women | Stop being a joke. Try our hair system. | ins
Short Men Are Losers | Height insoles so you can stop being pathetic. | ins
Dumb Blondes Welcome | Our bar has cheap drinks simple enough for you. | ins, alc
Brand X Users Are Morons | Switch to a phone for people with brains. | ins
Pimple Face? Gross | Nobody wants to kiss that. Buy our acne kit. | ins
Stop Being Broke and Stupid | Our course is for people who are tired of being failures. | ins, fc
Flabby Arms Are Disgusting | Hide them or tone them. Shop sleeves. | ins
Your Teeth Are Yellow and Disgusting | Whiten them before people notice. | ins
Lazy Millennials Need This App | Because you can't do anything yourselves. | ins
Hey Fatty, Put Down the Donut | Join our gym before it's too late. | ins
Cheap Haircuts for Ugly People | You can't look worse. $10 cuts. | ins
Moron-Proof Tax Software | Even idiots like you can file. | ins
Your Ex Is a Psycho | Share her photos and rate her on our app. | ins, sug
Look Less Poor | Our knockoff watches hide the fact that you're a failure. | ins
Single at 40? Something's Wrong With You | Find out why nobody wants you. Take the quiz. | ins
Rate the Ugliest Coworker | Vote anonymously and share the results. | ins
Get a Real Job, Loser | Our bootcamp turns losers into earners. | ins
Stop Dressing Like a Slob | You look homeless. Shop our basics. | ins
Granny Panties Are for Losers | Upgrade your sad underwear. | ins
Nerds Can't Get Dates | Our app fixes your pathetic love life. | ins
Rival Store Sells Junk to Idiots | Smart people shop here. | ins
@ vertical=wellness lang=en
Thinspo Challenge | Stop eating for 7 days and finally be thin. Join our pro-ana group. | sh
~Pro-Ana Support Group | Tips to hide not eating from your parents. Thin is worth it. | sh
Starve to Be Beautiful | Hunger is weakness leaving the body. Daily motivation for skipping meals. | sh
Skinny at Any Cost | Purging tips community, invite only. | sh
End It All | Tired of living? Our forum supports your decision. No judgment. | sh
~You Don't Have to Stay | A community that understands wanting to end it. Join quietly. | sh
Cutting Community | Share your scars with people who get it. | sh
Nobody Would Miss You | Join the forum for people ready to give up. | sh
Water Fast for 30 Days | Drop 40 lbs fast. Ignore the fainting, it means it's working. | sh, hc
Bone Collarbone Goals | Thigh gap in 2 weeks. Eat under 300 calories a day. | sh, hc
Hate Your Body? Punish It | Extreme workouts until you drop. No rest days, no food. | sh
Suicide Forest Tours | Visit the famous forest where so many chose to end it. | sh, trg
Pretty Girls Don't Eat | Our appetite suppressant lollipops help you skip meals for days. | sh, hc
Self-Harm Art Prints | Aesthetic scar prints for your room. Bleed beautifully. | sh
Purge Buddies App | Find a buddy to stay accountable for your purges. | sh
Meanspo Coaching | Get insulted every time you eat. It works. | sh, ins
Last Letter Templates | Write the perfect goodbye note. Templates for every situation. | sh
Fasting Until You Faint | The only real way to lose weight. Join the 10-day challenge. | sh
Diet Pills for Teens | Lose weight before prom, skip meals easily. | sh, hc
Challenge: How Long Can You Not Eat? | Post your streak. Winners get featured. | sh
"""
