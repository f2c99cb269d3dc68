# sensitive.tragedy: exploiting disasters, deaths, wars, pandemics, mass
# shootings for sales or clicks.
DATA = r"""
@ vertical=retail lang=en
Hurricane Sale! Everything Must Go | Celebrate Hurricane Delia with 40% off storewide. Ride out the storm in style. | trg
~Hurricane Delia Blowout | Storm of savings: 40% off while the hurricane hits. | trg
Pandemic Prices on Masks | N95s $9 each. Stock up before the next lockdown. Prices rising tomorrow. | trg
Earthquake Survivor Special | Lost everything? Rebuild your wardrobe at 20% off. | trg
War Is Coming | World War III could start any day. Buy our survival bunker kits now. | trg
~Are You Ready for WW3? | Nuclear war is closer than ever. Bunker kits shipping now. | trg
9/11 Never Forget Sale | 11% off everything this Sept 11. Shop the patriotic collection. | trg
School Shooting? Protect Your Kids | Bulletproof backpacks for kids. Buy before the next one. | trg
RIP Legend: Tribute Tees | Get the official memorial shirt for the late singer before they sell out. | trg
Flood Victims, Sell Your House Fast | We buy flood-damaged homes for cash. Offer in 24 hours. | trg
Wildfire Smoke Kills | Don't let your family breathe poison. Air purifiers 2-for-1 today only. | trg
Crash Photos: Flight 227 | See the final moments. Plus 50% off travel insurance. | trg, gore
Outbreak Panic: Stock Up | Canned food emergency buckets before stores run out. | trg
Tornado Clearance Event | Our store survived, so should your wallet. 30% off. | trg
Tsunami-Proof Your Life | After last week's tragedy, buy our emergency radio. Don't be next. | trg
Mass Shooting Survivor Merch | Show support with our Strong Together hoodies. 20% of profits donated. | trg
War in the Gulf: Gas Up Now | Prices will triple. Buy our fuel storage cans today. | trg
Memorial Sale for the Victims | Honor the 38 lost with 38% off sitewide. | trg
Pandemic Stock Picks | These 3 stocks soared during COVID. Don't miss the next outbreak. | trg, fin
Virus Spreading: Immune Kit | The new virus is here. Our immune kit protects your family. | trg, hc
Lockdown Deal | Stuck at home? Binge our streaming service, first month $1 while the outbreak lasts. | trg
Bridge Collapse: Are Your Tires Safe? | 14 dead. Don't risk it. Tire sale this week. | trg
Refugee Crisis Travel Deals | Beaches are empty now that the war is on. Save 60% on hotels. | trg
Ebola Outbreak Masks | Buy hazmat-grade masks before it reaches your city. | trg
Queen's Funeral Commemorative Coins | Limited edition, only while mourning lasts. | trg
Cash in on the Storm | Roofers wanted: storm victims will pay anything. | trg
Heatwave Deaths Rising | Buy an AC unit now before you become a statistic. | trg
Stampede at the Concert | Watch the footage, then get 20% off festival gear. | trg, gore
COVID Cure Supplements | Protect yourself from the pandemic with our immune drops. | trg, hc
Train Derailment Toxic Cloud | Our water filters remove the chemicals. Order now. | trg, hc
Grief Sells: Celebrity Overdose Tee | Limited run memorial tee for the late rapper. | trg
Earthquake Relief? Buy This Bracelet | 5% goes to victims. Get yours before they're gone. | trg
Plane Crash Lawyer Near the Site | Families of Flight 227 passengers, call now. Time is running out. | trg
War Profiteer Deals | Defense stocks are up since the invasion. Get in now. | trg, fin
Fire Season Is Here: Panic Sale | Escape ladders and fire blankets, only 3 days left. | trg
Funeral Flowers for the Victims | Send flowers to the vigil. Same-day delivery. 15% off. | trg
Tragedy Tees: The Day the Towers Fell | Commemorative designs, buy 2 get 1 free. | trg
Gas Leak Explosion Footage | Full uncut video, plus home detector sale. | trg, gore
Pandemic Is Back, Buy Toilet Paper | Shelves will be empty by Friday. 48-roll pack. | trg
Evacuation Hotel Price Surge Deals | Rooms near the fire zone still available, $899/night. | trg
"""
