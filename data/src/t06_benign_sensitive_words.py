# Tricky benign: political / tragedy / self-harm / hate / insult / mild-language
# words used innocently, plus public-safety and crisis-support PSAs.
DATA = r"""
@ vertical=restaurants lang=en tricky=1
Vote for Us: Best Tacos 2025 | We're nominated in the City Weekly readers' poll. Voting closes June 30.
~Nominated for Best Tacos | Help us win the City Weekly readers' poll. Vote online by June 30.
Campaign-Trail Diner Breakfast | Our famous two-egg breakfast is $6.99 all week. Open 6am.
Liberal Portions, Conservative Prices | Big plates, small bills at Dellwood Diner.
Senate Bean Soup | A classic recipe, served every Wednesday at the Capitol Café.
Party Platters | Sandwich and wrap platters for office parties. Feeds 10-12.
Thin Crust Tuesdays | Any thin crust pizza $10 every Tuesday.
Starving? Late-Night Delivery | Burgers, fries and shakes delivered until 3am.
Dying to Try Our New Menu? | Seven new dishes from Chef Amaro, available from Thursday.
Hella Good Burritos | Mission-style burritos the size of your forearm. $11.
Damn Good Coffee | Single-origin pour-overs and house-made pastries. Open at 6am.
Crackers and Cheese Plate | Artisanal crackers with three local cheeses.
@ vertical=retail_fashion lang=en tricky=1
Black Friday Deals Start Now | Early Black Friday prices on coats and boots. Online and in stores.
White Sale on Linens | Bedding, towels and table linens 30% off.
Ugly Christmas Sweater Contest | Wear your ugliest holiday sweater to our store Saturday and win a gift card.
Skinny Jeans Are Back | The stretchy, high-rise skinny fit in 5 washes.
Pride Collection | Rainbow tees and accessories. 20% of proceeds donated to LGBTQ youth shelters.
Memorial Day Sale | Up to 40% off outdoor furniture and grills through Monday.
Fire Sale on Winter Boots | Last season's boots 50% off while sizes last.
Crazy Sock Day | Bright, silly socks for the whole family, 3 for $12.
Lunar New Year Collection | Red and gold accessories to celebrate the Year of the Snake.
Hate Waiting? Order Online, Pick Up in 1 Hour | Free in-store pickup on most items.
Master Bedroom Makeover | Bedding bundles, curtains and rugs for your primary suite.
Oriental-Style Rugs | Hand-knotted Persian and Turkish rugs, 40% off.
@ vertical=electronics lang=en tricky=1
Dumb Phones for Kids | Simple phones with calls and texts only. No apps, no browser.
Stupid-Simple Setup | Plug in our mesh Wi-Fi and it configures itself. Seriously.
Console Wars Are Over | Play your favorite games on any screen with cloud gaming.
Cut the Cord | Stream live TV without cable. 75 channels for $35/month.
Fool-Proof Photography | Point-and-shoot camera that gets the shot every time.
Disaster-Proof Backups | Off-site encrypted backups so a flood or fire never takes your files.
Blackout? Stay Powered | Portable power station for outages and camping.
Price War on Laptops | We'll beat any advertised price by 5%.
@ vertical=home_garden lang=en tricky=1
Hurricane Shutters Installed | Impact-rated shutters for coastal homes. Free estimate before the season starts.
Storm Damage Repair | Roof and siding repair after storms. We work with your insurer.
Earthquake Retrofitting | Seismic bolting and bracing for older homes. Permit-ready plans.
Emergency Preparedness Kits | 72-hour kits with water, food and first aid for a family of four.
Flood Barriers for Homes | Reusable door and garage flood barriers.
Blackout Curtains | Block 99% of light for better sleep. Many sizes.
Vermin Control for Barns | Humane rodent exclusion for barns and sheds.
Cutting Boards | End-grain walnut cutting boards, made by hand in Vermont.
Lazy Susan Turntables | Bamboo turntables for pantries and tables.
@ vertical=healthcare lang=en tricky=1
Suicide Prevention Lifeline | If you or someone you know is struggling, call or text 988. Free, confidential, 24/7.
~You Are Not Alone | Call or text 988 any time for free, confidential support.
Eating Disorder Recovery Program | Compassionate, evidence-based treatment for all ages. Free assessment.
Crisis Text Line | Text HOME to 741741 to reach a trained crisis counselor.
Postpartum Depression Support | Free support groups and a helpline for new parents.
Self-Harm Support for Teens | Counseling and safe spaces for teens who self-harm. Confidential, free.
Grief Counseling | Support after the loss of a loved one. Individual and group sessions.
Veteran Mental Health | Confidential counseling for veterans and families. No cost.
Bullying Prevention Workshop | For parents and teachers: spotting and stopping bullying.
@ vertical=entertainment lang=en tricky=1
Pandemic Board Game Night | Cooperative board game night at The Dice Den. Save the world with friends.
Titanic Exhibition | Real artifacts and room recreations. Timed tickets.
Tug of War Tournament | Company picnic fun: teams of 8, prizes for winners.
Crash Course in Photography | Learn your camera in one afternoon.
Biggest Loser Weight Challenge? Try Our Supportive Walking Club | Free walking club, all paces, no weigh-ins.
Political Thriller Novel | The Senator's Secret, a gripping fiction bestseller. Out now.
Debate Club for Teens | Build confidence and critical thinking. Tournament season starts in fall.
Civil Rights History Tour | Guided tour of historic sites in Montgomery. Educational, family-friendly.
History Lecture: World War II Codebreakers | Free lecture at the museum on Bletchley Park.
Killing It at Karaoke | Private karaoke rooms, Tuesday half-price.
Savage Comedy Roast Night | Local comics roast each other. 18+. Tickets $15.
@ vertical=events lang=en tricky=1
Veterans Day: Free Meals for Veterans | Show your ID for a free entrée on November 11.
Remembrance Day Concert | Community choir concert honoring those who served. Free entry.
9/11 Memorial Run | Annual 5K honoring first responders. Proceeds to firefighter charities.
Earth Day Festival | Electric car show, tree giveaways and kids' activities.
Fall Election of HOA Board | Residents: the annual HOA board meeting is October 12 in the clubhouse.
Mock Election for Students | Classroom civics kit teaching how ballots are counted. Nonpartisan.
Campaign Launch Workshop | Marketing workshop: plan your product launch campaign in 90 minutes.
@ vertical=nonprofit lang=en tricky=1
Red Cross Disaster Volunteers | Train to help families after house fires and floods. Free training.
Rebuild After the Flood | Our nonprofit repairs homes for seniors affected by last spring's floods. Volunteer or donate.
Wildfire Smoke Safety Tips | County health guidance on masks and air purifiers during fire season.
Hurricane Season Checklist | Free preparedness checklist from the Office of Emergency Management.
Refugee Children's Education Fund | Support school access for children displaced by conflict.
Anti-Bullying Charity | Help us train 1,000 school counselors this year.
"""
