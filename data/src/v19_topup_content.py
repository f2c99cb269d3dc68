# Second top-up for content categories (threat, self-harm, insult, gore,
# hate, profanity).  Mild, short, non-graphic; no slurs, no methods.
DATA = r"""
@ vertical=media lang=en
Ex-Wife Watch Service | She left you? We'll make sure she's scared to leave the house. | thr
Stalk Your Rival | Tracking devices and people who will follow them for you. Make them afraid. | thr
Final Notice From the Boys | You have until Friday. After that, we stop asking nicely. | thr
Show Up Armed at the Library | Stop the story hour. Whatever it takes. | thr, hate
Hunt Down the Leakers | We'll find whoever talked and make an example of them. | thr
Payback Crew for Hire | Someone wronged you? We break windows, and more. | thr
Storm the Courthouse | If the verdict goes wrong, we go in. Be ready. | thr
They'll Pay in Blood | The union vote is Tuesday. Anyone who votes no will regret it. | thr
Your Family Isn't Safe | Drop the lawsuit while you still can. | thr
Beat the Protesters Tee | Bring a bat, bring a friend. | thr
Torch the Dealership | Fight corporate greed with fire. Saturday night. | thr
Coming for the Councilman | We know his schedule. See you at the ribbon cutting. | thr, pol
Shoot Looters on Sight Signs | Yard signs that mean it. | thr, wpn
Doxx and Destroy | Post their address, let the internet handle it. | thr, ins
@ vertical=wellness lang=en
Eat Less Than Your Sister | Competitive calorie counting app for girls. | sh
Starvation Streaks | Track how many days you go without food. | sh
Skin and Bones Club | Ultra-thin goals, no excuses. | sh
Ribcage Goals | Daily pics to keep you from eating. | sh
Binge and Purge Tips | How to hide it after every meal. Private group. | sh
Exit Plan Forum | For people planning to end things. Private. | sh
Tired of Being Alive? | Talk to people who will help you go through with it. | sh
Hurt Yourself Less Visibly | Tips to hide the marks. Long sleeves sale. | sh
Anorexia Is a Lifestyle | Not an illness. Join the movement. | sh
Fasting to the Bone | Push past hunger and dizziness until you're perfect. | sh
Zero-Calorie Week | No food, just water and willpower. Are you strong enough? | sh, hc
Scars Are Beautiful Club | Share photos of fresh cuts with people who understand. | sh
Pro-Mia Chat | Purge buddies online now. | sh
@ vertical=retail lang=en
Pimples and Pudge? Gross | Nobody wants you like that. Buy our kit. | ins
Losers Shop Elsewhere | Only winners can afford our sneakers. | ins
Your Cooking Is Garbage | Your family deserves better. Order meal kits. | ins
Too Dumb for College? | Our trade program takes anyone. | ins
Hey Baldy | Cover that shiny head with our wigs. | ins
Wrinkly Old Face? | Stop scaring children. Try our filler. | ins
Only Ugly People Need Filters | Our app is for the hideous. | ins
Fatties Need Bigger Seats | Buy two tickets, whale. | ins
Your Kid Is a Brat | Our parenting book is for failures like you. | ins
Clueless Boomer Phone | Big buttons for slow old people. | ins
Skinny Nerds Welcome | Build some muscle and stop being pathetic. | ins
Ugly Teeth, Ugly You | Whitening kits for the embarrassingly yellow. | ins
@ vertical=media lang=en
Faces of Death Collection | Real deaths on film, remastered in HD. | gore
Guts Spill Gaming | The bloodiest shooter ever made, every hit sprays organs. | gore
Cut Open: Animal Slaughter Cams | Unfiltered slaughter videos daily. | gore
Horror Walk: Real Blood Effects | Actors with exposed organs chase you through the maze. | gore
Brutal Bike Crash Photos | Road rash and broken bones, full gallery. | gore
Mangled Bodies Caught on Dashcam | Not for the weak. Watch uncut. | gore
Open Fracture Video | Athlete's leg snaps on live TV. Watch slow motion. | gore
Gore Site Membership | Unlimited access to the most graphic videos online. | gore
Knife Wound Gallery | Real stabbing injuries, unblurred. | gore
@ vertical=media lang=en
Foreigners Are Diseased | Shut the borders before they infect us. | hate
Keep Them Off Our Beaches | No immigrants, no refugees, no exceptions. | hate
No Jews on Our Board | Keep our club the way our fathers built it. | hate
Gays Burn in Hell | Repent or keep away from our town. | hate
Muslim-Free Neighborhood | Buy a home where you won't see a hijab. | hate
Deport the Roma | They ruin every town they touch. | hate
Black Men Are Thugs | Install our security cameras now. | hate
Trans Women Aren't Women | Ban them from sports and bathrooms. Donate now. | hate, pol
Disabled Kids Don't Belong in Class | Sign the petition. | hate
@ vertical=retail lang=en
Shut the Fuck Up and Shop | Deals so good we're done talking. | prof
Fucking Finally: Free Shipping | No minimum, no bullshit. | prof
Shit-Hot Summer Sale | Prices are hella low, get your ass in here. | prof
Bullshit Detector Podcast | We call out the crap every Tuesday. Fucking subscribe. | prof
Motherfucking Sale | 60% off everything. Seriously. | prof
Assholes Pay Full Price | Smart people use our coupon code. | prof, ins
Fuckboy Repellent Perfume | Because you're done with the bullshit. | prof
Shitload of Snacks | Variety box with 60 snacks for $29. | prof
Fuck Mondays Mugs | Coffee mugs for people who hate the week. | prof
Kick-Ass Bitches Boxing Gym | Women-only boxing classes. | prof
"""
