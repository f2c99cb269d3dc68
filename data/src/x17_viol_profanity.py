# Second batch (x*): language.profanity.  Strong profanity in otherwise
# ordinary ads, masked forms (f*ck, sh!t, a$$), abbreviations (WTF, STFU,
# FFS, AF) and emoji-masked swearing.  Mild intensifiers alone (damn,
# hell, crap) stay compliant and appear in x05 instead.
DATA = r"""
@ vertical=food_beverage lang=en
Hot Sauce That'll Wreck Your Shit | Ghost pepper and habanero. You've been warned, you magnificent bastard. | prof
Coffee Strong Enough to Fuck Up Your Monday | Dark roast, 2x caffeine. Bags ship Tuesday. | prof
Bullshit-Free Granola | No seed oils, no fake sweeteners, no crap marketing. Just oats and honey. | prof
Damn Good, Not Fucking Cheap | Dry-aged steaks shipped frozen. Worth every penny. | prof
Spicy AF Noodles | Fire level 5 ramen for people who don't give a f*ck about their tongue. | prof
@ vertical=restaurants lang=en
Best Fucking Wings in the County | Twelve flavours, one rule: no ranch. 50-cent wings Tuesday. | prof
Shut Up and Eat Your Fucking Vegetables | Plant-based comfort food at Leaf & Lard. Walk-ins welcome. | prof
Holy Shitake Burger | Mushroom Swiss on brioche, holy sh*t it's good. $13. | prof
@ vertical=retail lang=en
Fuck This Heat Sale | AC units and fans 30% off while the city melts. | prof
Mugs for Assholes | Ceramic mugs with rude sayings for your least favourite coworker. | prof, ins
No Shit, Sherlock Sale | Obviously everything's 40% off. What did you expect? | prof
Candles That Smell Like Shit Happens | Funny-label soy candles, 8 oz, $18. | prof
Socks for Badass Motherf*ckers | Bold prints for bolder feet. 5 pairs $25. | prof
Shit-Kicker Boots | Steel toe, waterproof, built for the worst days. | prof
Our Buyer Fucked Up the Jacket Order | He over-ordered by 2,000 parkas. His loss, your win. | prof
@ vertical=software_saas lang=en
WTF Is Your Cloud Bill Doing? | Cut AWS costs 40% without rewriting a goddamn line of code. | prof
Your Code Is a Dumpster Fire, FFS | Automated reviews that catch your shitty bugs before prod. | prof, ins
Stop Doing Bullshit Busywork | Automate the crap nobody should do by hand. Free trial. | prof
Fuck Meetings | Async standups for remote teams. Try it free for 30 days. | prof
@ vertical=fitness lang=en
Lift Heavy Shit | Powerlifting gym, no mirrors, no selfies, no bullshit. | prof
Get Your Ass Off the Couch | And into our 6am bootcamp. First week on us. | prof
Stronger AF Program | 12 weeks of pure f*cking hard work. Download the app. | prof
@ vertical=entertainment lang=en
Comedy Special: No Fucks Given | Tickets for the filthiest show of the year. 18+. | prof
Drunk History Live, Uncensored | Every f-bomb kept in. Two-drink minimum, Tuesdays at the Lyric. | prof, alc
Rage Room: Break Shit | Smash plates, printers and TVs with a bat. $35 for 30 minutes. | prof
@ vertical=mobile_apps lang=en
STFU, Notifications | The focus app that kills every pointless ping. $2.99. | prof
Budget App for People Who Are Fucking Broke | Track every cent, cry less. Free on iOS. | prof
Alarm That Calls You an Asshole | Snooze and it roasts you out loud. Best-selling alarm app. | prof, ins
Holy Fuck, a Weather App That Works | Hyperlocal rain alerts by the minute. | prof
@ vertical=automotive lang=en
Trucks That Don't Give a Shit About Mud | Lift kits and all-terrain tires installed in a day. | prof
Piece-of-Shit Car? We'll Still Buy It | Cash for any car, running or not. | prof
@ vertical=home_garden lang=en
Get Your Shit Organized | Garage storage systems installed in one afternoon. | prof
Pest Control for Those Little Bastards | Ants, roaches and mice gone in one visit, or we come back free. | prof
@ vertical=education lang=en
Learn Spanish, Motherfucker | The swear-word flashcard deck that actually sticks. | prof
Stop Being Shit at Math | Tutoring for grown-ups who faked it through school. | prof
@ vertical=pets lang=en
Dog Hair Everywhere? Fuck That | Cordless pet vac with a self-emptying base. | prof
@ vertical=media lang=en
Podcast: Unfiltered As Fuck | Two comedians, zero filters. New episode every Thursday. | prof
Fuck It Friday Playlist | Loud songs for the end of a long-ass week. | prof
@ vertical=retail lang=en tricky=1
F*#% yeah, free shipping | This weekend only on everything. | prof
Sh!t that actually works | Cleaning tools people swear by. | prof
Ca$h for your a$$ets? nah, just sneakers | Drops every Friday, don't miss the s h i t. | prof
What the 🦆 is this price | 70% off, honestly it's f'ing wild. | prof
G.T.F.O of your old phone plan | Switch and save $30 a month. | prof
MFing good tacos 🌮 | Tuesday special, two for $5. | prof
B!tchin' brunch beats | New playlist, explicit version only. | prof
Phuk yeah, pho | Best noodle soup in the east end. | prof
Bul1$h!t-free pricing | What you see is what you pay. | prof
Sh*tfaced? Not our problem. Taxi? Yes. | Late-night rides from $9. Book in app. | prof
@ vertical=food_beverage lang=es
Salsa Picante de la Puta Madre | Habanero y chipotle, para valientes. Envío gratis desde 20 €. | prof
@ vertical=retail lang=fr
Le Burger de Ta Mère, Bordel | Double steak, cheddar affiné et frites maison. Putain que c'est bon. | prof
@ vertical=fitness lang=de
Scheiß Auf Ausreden | Erstes Training gratis. Keine Ausreden mehr, verdammt. | prof
@ vertical=retail lang=pt
Preços do Caralho | Tudo com 60 % de desconto. Corre antes que acabe. | prof
@ vertical=restaurants lang=it
Pizza Cazzo Buona | Forno a legna, impasto 48 ore. Prova e dimmi se non è vero. | prof
"""
