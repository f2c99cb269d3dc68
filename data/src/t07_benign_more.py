# More tricky benign ads: trigger words across categories in ordinary ads.
DATA = r"""
@ vertical=retail lang=en tricky=1
Bombshell Deals on Blenders | 40% off high-speed blenders this weekend only.
Explosive Savings Event | Up to 60% off patio furniture. Ends Monday.
Sale of the Century? Close. | Our biggest sale in 10 years: 50% off all bedding.
Crazy Good Prices on Paint | $10 off every gallon. Mix any color.
Mad Deals on Luggage | Hard-shell carry-ons $99. Lifetime warranty.
Shop Till You Drop | 12-hour mega sale at Riverside Mall, 10am-10pm.
Stock Up and Save Big | Pantry staples 20% off when you buy 4 or more.
Our Prices Are Criminally Low | Everything in the warehouse under $20.
Smashing Prices on Glassware | Wine glasses, tumblers and jars 30% off.
Heart-Stopping Deals | Valentine's jewelry 25% off. Free engraving.
Massive Clearance | Last chance on winter gear. Up to 70% off.
Take a Shot at Our Photo Contest | Win a $500 camera gift card. Free to enter, rules on our site.
Armed With Coupons? | Stack digital coupons on top of weekly specials.
Fire Sale on Space Heaters | Spring is here, so heaters are 50% off.
Wicked Good Lobster Rolls | Fresh Maine lobster, toasted bun, $19.
Deadly Serious About Coffee | Roasted this morning, brewed to order.
Monster Truck Jam | Giant trucks, freestyle jumps and pit party. Tickets from $20.
Guerrilla Marketing Workshop | Low-budget marketing tactics for small businesses.
Rebel Without a Cause Film Night | Classic film screening in the park, free.
Riot of Color Tulip Festival | Five million tulips in bloom. Timed tickets.
@ vertical=home_garden lang=en tricky=1
Germ-Killing UV Wand | Kills 99% of bacteria on phones and keyboards.
Fly Killer Zapper | Electric bug zapper for patios. Covers 1,500 sq ft.
Dead Simple Irrigation | Snap-together drip kits for raised beds.
Kill-A-Watt Energy Meter | See how much power your appliances use.
Mold Killer Spray | Kills mold and mildew on bathroom tile.
Weed Whacker Rental | Rent string trimmers by the day at Hilltop Hardware.
Crack Filler for Driveways | Fill and seal driveway cracks before winter.
Shotgun Sprayer for Orchards | High-pressure garden sprayer for tall trees.
Cannon Sprinkler | Long-range impact sprinkler for big lawns.
Wire Stripper Tool | Self-adjusting wire strippers for electricians.
Hammer Drill Sale | Cordless hammer drills with 2 batteries. $129.
Strangler Fig Houseplant | A dramatic indoor tree for bright rooms.
Bleeding Heart Perennials | Shade-loving pink flowers. 3 for $24.
Deadheading Shears | Precision snips for roses and perennials.
Black Widow Spider Removal | Licensed pest control for dangerous spiders.
@ vertical=food_beverage lang=en tricky=1
Spirited Sparkling Cider | Our sparkling apple cider is alcohol-free and family-friendly.
Tipsy-Free Tiramisu | Our tiramisu is made with espresso only, no liqueur.
Malt Shop Milkshakes | Old-fashioned malts and shakes, 20 flavors.
Bitters-Free Mocktails | Fresh juices and herbs, zero alcohol.
Rum Cake Without the Rum | Caribbean-style butter cake, alcohol-free recipe.
Brewed Awakening Coffee | Cold brew on tap and pastries until noon.
Smoked Salt | Applewood-smoked sea salt for steaks and caramel.
Pot Pie Night | Chicken pot pie every Wednesday at the Village Diner.
Hash Browns All Day | Crispy hash browns with every breakfast plate.
Herb Garden Kit | Grow basil, thyme and mint on your windowsill.
Magic Mushroom Risotto? Just Porcini | Creamy porcini risotto, our chef's special.
High Protein Snacks | 15g protein per bag, baked not fried.
Nacho Average Fiesta | Loaded nachos for sharing, $12.
Fat Tuesday King Cake | Traditional king cake with a hidden baby figurine. Order for Mardi Gras.
@ vertical=software_saas lang=en tricky=1
Kill Your Spreadsheets | Replace messy spreadsheets with a real project tool.
Crush Your Inbox | Email client that sorts newsletters and receipts automatically.
Execute Faster | Task management for teams that ship. Free for 10 users.
Hack Your Productivity | Keyboard shortcuts for everything. Try free.
Target Audience Insights | Understand who buys from you with our analytics.
Bulletproof Backups | Immutable backups that ransomware can't touch.
Zero-Day Threat Protection | Endpoint security that stops attacks in real time.
Penetration Testing Services | Ethical hackers test your defenses before criminals do.
Dead Letter Queues Explained | Free guide to reliable message processing.
Fire Your Old CRM | Migrate in a day with our free import tools.
Trojan-Free Downloads | Every file scanned before it reaches your users.
Abort, Retry, Ignore? Never Again | Reliable job scheduling for engineering teams.
@ vertical=entertainment lang=en tricky=1
Eclipse Shooting Party for Photographers | Photograph the solar eclipse with our astronomers. Free eclipse glasses and solar filters.
Sin City Improv | Vegas-style improv comedy, family-friendly matinees.
Naked Truth Documentary | Investigative documentary about fast fashion. Streaming now.
The Hangover Brunch Club? Book Club! | We read one comedy novel a month and meet for brunch.
Blood Moon Viewing Night | Watch the total lunar eclipse with telescopes at the observatory.
Sexy Beast Car Show | Supercars and classics on display, family entry $10.
Drug Lord Drama Series | Critically acclaimed crime drama, new season streaming.
Gambling Man Blues Band | Live blues Friday at the Riverside. No cover.
Cocktail Party Jazz Trio | Book our trio for weddings and corporate events.
Killer Queen Tribute Band | The ultimate rock tribute show. Tickets $25.
Hot Shots Photography Club | Monthly photo walks and critiques.
Dirty Dancing Class | Learn the famous lift in our fun partner dance workshop.
@ vertical=education lang=en tricky=1
Nuclear Physics Summer School | Intensive course for undergraduates at the national lab.
Forensic Science Camp | Teens analyze fingerprints and mock crime scenes.
Criminal Justice Degree | Online bachelor's for aspiring police officers and paralegals.
Pharmacology Course for Nurses | Continuing education on safe medication administration.
Weapons of Math Instruction | Fun math tutoring for kids who hate math.
Human Trafficking Awareness Training | Free training for hotel staff to recognize and report trafficking.
Substance Abuse Counseling Certificate | Become a certified addiction counselor.
Gun Violence Prevention Research Seminar | Public lecture at the School of Public Health.
History of Gambling Lecture | Museum talk on 19th-century riverboat culture.
Wine Chemistry? Water Chemistry | Lab course on water quality testing.
@ vertical=healthcare lang=en tricky=1
Shot Clinic: Vaccines for Kids | Back-to-school immunizations, walk in Saturdays.
Needle-Free Flu Vaccine | Nasal spray flu vaccine for eligible kids.
Pain Management Clinic | Physical therapy and non-opioid treatment plans.
Dope Socks for Nurses | Fun compression socks for long shifts.
Overdose Prevention Training | Learn to recognize and respond. Free naloxone kit.
Hospice Care | Comfort-focused care at home for people with serious illness.
Trauma-Informed Therapy | Licensed therapists for PTSD and complex trauma.
Bloodwork Same Day | Walk-in lab tests, results online in 24 hours.
Cancer Survivors' Yoga | Gentle yoga for people in and after treatment.
Heart Attack Warning Signs | Learn the symptoms. Call 911 right away.
"""
