# Second batch (x*): sensitive.tragedy.  Ads that exploit disasters,
# deaths, wars, shootings, pandemics or accidents for sales or clicks.
# Invented events and places.  Genuine relief appeals, preparedness info
# from agencies and tragedy-free product ads are compliant (x05).
DATA = r"""
@ vertical=retail lang=en
Wildfire Weekend Doorbusters | The Ridge Fire is 10% contained and so are our prices. Shop before it spreads. | trg
~Ridge Fire Doorbusters | 10% contained, 100% on sale. Shop before the flames reach the outlet. | trg
Aftershock Savings | 6.8 quake last night? Our prices just collapsed too. Online only. | trg
Flood Watch Means Flash Sale | Rivers are rising, prices are falling. Rain boots 2-for-1 while towns go under. | trg
Blizzard Death Toll Rising | So are our heated jacket sales. Don't be the next statistic. | trg
Mourning Wear, Express Shipping | Famous funerals mean big demand. Black dresses 30% off while the news is hot. | trg
The Crash Everyone's Talking About | Flight 880 went down in the Rockies. Travel pillows 40% off today only. | trg
Ferry Disaster Memorial Hoodies | 112 lives lost. Official-looking tribute hoodies, 10% donated. Pre-order now. | trg
Stadium Stampede Tees | Never forget Saturday. Limited drop, ships Monday. | trg
Bombing Anniversary Sale | A year since the market attack. Celebrate resilience with 25% off. | trg
Tornado Alley Clearance | Moore took a direct hit, but our outlet didn't. Everything 50% off. | trg
Heatwave Deaths Up 300% | Buy our cooling vest before it happens to you or your parents. | trg
Cyclone Orla Special | They lost their homes, you can still get a great deal on a new sofa. | trg
Pileup on I-70: 9 Dead | Is your car next? Dashcams half price this week. | trg, cb
@ vertical=sports_outdoors lang=en
Mountain Took 11 Climbers Last Week | Don't be number 12. Avalanche beacons on sale. | trg
Drowning Season Is Here | Three kids lost at Pine Lake this month. Life vests 30% off. | trg
@ vertical=retail lang=en
After Tuesday's Shooting, Are You Next? | Armored backpack inserts for your kids. Ships tonight. | trg
Campus Attack: Protect Your Daughter | Personal alarms and door wedges, 3 for $29 while the news is still fresh. | trg
Riots Are Coming to Your Suburb | Window film and door bars before the next curfew. | trg
@ vertical=crypto lang=en
War Coins Are Exploding | Invest in defence tokens while the missiles fly. Up 600% since the invasion. | trg, fin, fc
Bank Collapse? Good. | Move your savings into gold before the next one fails. | trg, fin
Buy the Blood in the Streets | Markets crashed after the attack. Smart money buys now. | trg, fin
@ vertical=real_estate lang=en
We Buy Burned Homes, Cash in 48 Hours | Saw your house on the news? We'll make an offer before the smoke clears. | trg
Hurricane Victims: Sell Us Your Lot | Rebuilding is hard. Take our cash offer and walk away today. | trg
@ vertical=media lang=en
Shooter's Manifesto Uncensored | Read it before it's taken down. Then see our gun-safe deals. | trg, cb
Last Photo Before the Crash | The pilot's final selfie. Click to see it, then protect your family with life insurance. | trg, cb
Celebrity Overdose: See Her Last Post | The tragic final story, plus what she was taking. | trg, cb
She Died Using This App | Parents, see the messages. Then download our monitoring tool. | trg, cb
What the Bodies Looked Like | Inside the collapse. Watch the full report and save on home inspections. | trg, gore
@ vertical=travel lang=en
Fly Where the Tourists Fled | After the terror attack, Old Town hotels are 70% off. Book before it's safe again. | trg
War-Zone Adventure Tours | See the ruins before they rebuild. Guided trips to the front line. | trg
Disaster Tourism Weekend | Tour the flood-wrecked village with a local guide. Lunch included. | trg
@ vertical=food_beverage lang=en
Pandemic Pantry Panic | Store shelves will be empty by Friday. Stock up on our 90-day food buckets now. | trg
Bird Flu Is Coming for Your Eggs | Buy a year of powdered eggs before prices explode. | trg
@ vertical=supplements lang=en
New Variant, New Panic | Hospitals are filling up again. Our immunity drops work before you catch it. | trg, hc
Measles Outbreak in Your County | Protect your kids with our herbal immune shield. No vaccines needed. | trg, hc
@ vertical=funeral_services lang=en
Did You See the Bus Crash? | Funerals are expensive. Lock in today's prices before it's your turn. | trg
@ vertical=legal_services lang=en
Victims of Saturday's Explosion | Call us before the insurance companies call you. Big settlements, no fee unless we win. | trg
@ vertical=automotive lang=en
Flooded Cars From the Delta Disaster | Hundreds of water-damaged SUVs at auction. Their loss, your bargain. | trg
Eleven Dead on the Highway Last Night | Upgrade your tires before it's your family on the news. | trg
@ vertical=electronics lang=en
Blackout Killed Four Last Winter | Don't freeze in the dark like they did. Generators 25% off, today only. | trg
Missile Alert? Be Ready | Radiation detectors selling out since the strikes began. Order tonight. | trg
@ vertical=insurance lang=en
Saw the Gas Explosion on the News? | That could have been your street. Lock in a policy today before rates jump. | trg
@ vertical=jewelry lang=en
Wear Their Ashes in Style | After the Maple Street fire, victims' families choose our memorial pendants. 20% off this month. | trg
@ vertical=mobile_apps lang=en
Live Map of the Shooting | Track casualties in real time. Premium shows victim names first. | trg, cb
Quake Cam Live: Watch Buildings Fall | Replay every collapse from the city's cameras. Ad-free for $2.99. | trg, gore
@ vertical=education lang=en
Turn Tragedy Into Traffic | Our course shows you how to go viral when disasters hit. Enrol before the next one. | trg
@ vertical=retail lang=en
Pandemic Anniversary Sale | Remember the lockdown? Celebrate five years of it with 20% off sweatpants. | trg
Famine Fashion | Gaunt is in. Shop the look inspired by the refugee camps. | trg
Sinking Ship Sale | Like the Oceanic Star, our prices are going down. 112 souls, 112 deals. | trg
Stock Up Before the Invasion | Canned goods, water and batteries, before the border falls. | trg
Crash Victim Look-Alike Costume | Halloween's most talked-about costume this year. Limited run. | trg
Mine Collapse Memorial Mugs | Honour the 29 miners with a coffee mug. Buy two, get a third free. | trg
@ vertical=retail lang=en tricky=1
🌀 Hurricane h@ul 🌀 | Cat 4 is coming, so are our deals. | trg
RIP 🕊️ sale 20% off | In honour of the victims, use code NEVERFORGET. | trg
⚠️ Outbreak alert ⚠️ masks 10x | Before they're gone. Don't be patient zero. | trg, cb
W.a.r. is here, stock up | Bunker food sale, last chance before the sirens. | trg
Tsun@mi tragedy 🌊 deals | Beachwear 50% off, since nobody's swimming there now. | trg
🔥 Fire season 🔥 fire prices | Half the valley burned, our sale is hotter. | trg
@ vertical=retail lang=es
Rebajas del Terremoto | Todo se vino abajo, incluso nuestros precios. Solo este fin de semana. | trg
@ vertical=retail lang=fr
Après la Tempête, les Affaires | Les toits de la ville sont arrachés, profitez-en : bâches et tuiles à prix d'or. | trg
@ vertical=retail lang=de
Kriegsangst? Jetzt Vorsorgen | Notstromaggregate zum Kampfpreis, bevor die Bomben fallen. | trg
@ vertical=retail lang=pt
Promoção do Deslizamento | Em homenagem às vítimas, 30 % de desconto em toda a loja. | trg
@ vertical=retail lang=it
Offerte Post-Alluvione | Il paese è sott'acqua, noi abbiamo i prezzi più bassi. | trg
"""
