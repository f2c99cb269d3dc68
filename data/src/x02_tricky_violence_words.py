# Second batch (x*), tricky benign: violence- and weapon-sounding words used
# innocently.  "killer", "bomb", "drop-dead", "to die for", "savage",
# "smash", "hit", "blast", "fire sale", photo and film "shoots", kitchen
# and chef knives sold for cooking, gunmetal colours, paintball and laser
# tag, archery lessons at a target range (precedent in t03/c*), hunting and
# fishing apparel without weapons.  All compliant.
DATA = r"""
@ vertical=mobile_apps lang=en tricky=1
A Killer To-Do App | Swipe tasks, set repeat reminders and share lists with your roommates. Free on iOS and Android.
Kill Your Phone Addiction | Screen-time coach that locks distracting apps during study hours. 7-day free trial.
The Budget App That Murders Impulse Buys | Sets a 24-hour cooling-off timer before any purchase over $50.
Smash Your Language Goals | Five-minute lessons in 30 languages with streaks and leaderboards.
Blast Through Your Inbox | AI sorting that files newsletters and receipts automatically. Free for one account.
Shoot, Edit, Post | Mobile video editor with auto-captions and 200 transitions. Free with watermark.
Meal Planner So Good It's Criminal | Plans a week of dinners from what's already in your fridge.
Headshot Generator for LinkedIn | Upload 10 selfies, get 40 professional portraits in an hour.
@ vertical=retail lang=en tricky=1
Killer Heels, Comfortable Soles | Memory-foam stilettos you can dance in all night. Sizes 5-12.
Prices Slashed on Patio Sets | Every outdoor dining set 35% off until the weekend.
Blowout Sale at the Mattress Barn | Queen hybrids from $499. Free removal of your old one.
Fire Sale: Fireplace Screens and Tools | Wrought-iron screens and poker sets 40% off before spring.
Our Deals Are Bananas, Our Prices Are Murder on Competitors | Cheapest groceries in the valley, verified weekly.
Knockout Prices on Kitchen Mixers | Stand mixers from $199 through Monday.
Deals So Good They're Scary | Halloween costumes and décor 30% off. Kids' sizes in stock.
Smash Hit Summer Sandals | The slide everyone's wearing. Eight colours, $29.
Shopping Blitz: 48 Hours | Sitewide 25% off with free returns. Ends Sunday midnight.
Drop-Dead Simple Returns | Print a label, drop the box at any post office. Refund in 3 days.
Bomb Jackets Are Back | Satin bomber jackets in olive, black and burgundy. Unisex sizing.
Bath Bomb Bar | Build your own bath bombs in store, 4 for $20. Birthday parties welcome.
Da Bomb Dip Trio | Smoky chipotle, garlic and jalapeño dips. Party pack $14.
Bombe Glacée Kit | Make the classic layered ice-cream dessert at home. Mould and recipe included.
Sugar Bomb Cereal Bars | Crunchy marshmallow bars for lunchboxes. Nut-free.
Photo Bomb Booth | Props, backdrops and instant prints for weddings and office parties. From $350.
@ vertical=retail_fashion lang=en tricky=1
Outfits to Die For, Prices You'll Survive | Spring edit now online, nothing over $80.
Dressed to Kill, Priced to Sell | Tailored blazers in 8 colours. Alterations included.
Lipstick in Shade 'Assassin' | A deep berry matte that lasts 12 hours. $18.
Gunmetal Chelsea Boots | Waterproof suede in gunmetal grey. Free resoling for a year.
Gunmetal Frames, Blue-Light Lenses | Lightweight titanium glasses from $89 with prescription.
Tree-Stand Parka, Whisper Fleece | Quiet outer shell and heat-mapped insulation for cold dawns. Apparel only, sizes S-4XL.
Upland Vest With Game Pocket | Breathable field vest for bird season. Blaze panels front and back.
Camo Waders for Duck Season | Neoprene chest waders, insulated boots attached.
Fly-Fishing Shirt, UPF 50 | Vented back, roll-up sleeves, pockets for your flies.
Fishing Hoodie With Face Shield | Sun protection for long days on the boat. Moisture-wicking.
Trigger-Point Massage Ball | Spiky ball for foot and back knots. 2-pack $12.
Savage Deals on Outerwear | Wool coats and down parkas up to 60% off. Ends Sunday.
Slaying the Work-From-Home Look | Matching knit sets you can wear to a video call. $68.
@ vertical=home_garden lang=en tricky=1
Damascus Gyuto for Home Cooks | 67-layer steel, magnolia handle, comes with a wooden saya. Made for onions, not much else.
~67-Layer Gyuto, Magnolia Handle | A Japanese-style kitchen knife with a wooden saya. Your mirepoix will thank you.
Santoku Knife for Vegetables | Hollow-edge blade that keeps potatoes from sticking. $45.
Whetstone Sharpening Night | Bring two dull kitchen knives and learn to sharpen them on stones. Tea and biscuits provided.
Butchery Basics for Home Cooks | Break down a whole chicken and fillet a fish with our chef. Boning knives on loan.
Offset Bagel Knife | Knuckles stay clear of the board while you slice. Dishwasher-safe handle.
Magnetic Knife Strip | Walnut strip that holds 8 kitchen knives safely off the counter.
Cut-Resistant Kitchen Gloves | Level 5 protection for mandolines and oyster shucking.
Cordless Glue Pen | Rechargeable mini glue gun for scrapbooking and model kits. Heats in 15 seconds.
Caulk Gun, Dripless | Smooth-rod caulking gun for tubs and windows.
Shrink-Wrap Heat Gun | Seal gift baskets and boats with one tool. Rental $15 a day at Hardware Hub.
Weed Blaster Flame Wand | Propane wand that clears weeds from patio cracks. Garden use only.
Pressure Washer Blast Sale | Electric washers from $149 this week.
Mouse Trap, Humane | Catch and release trap. Reusable, pet-safe.
Bug Zapper Lantern | Rechargeable lantern that doubles as an insect zapper for camping.
Shoot-Proof Seedling Covers | Mesh covers that keep birds off new shoots in the vegetable bed.
@ vertical=photography lang=en tricky=1
Family Photo Shoot at the Lake | 45-minute outdoor session with 30 edited images. Weekends in October.
Newborn Shoots at Home | Gentle, safety-first posing in your nursery. 20 edited images.
Product Shoots for Small Brands | White background and lifestyle photos for your online shop. From $25 an image.
Drone Shoot for Real Estate Listings | Aerial photos and a 60-second video. 48-hour turnaround.
Pet Portrait Shoot | Studio session for dogs and cats. Treats included, squeaky toys provided.
Headshots in 20 Minutes | Walk-in headshot studio downtown. Three retouched images, $99.
Wedding Shooter Available for 2026 | Documentary-style wedding photography. Two shooters, full-day coverage.
@ vertical=entertainment lang=en tricky=1
Film Crew Hiring: Grips and Gaffers | Feature shooting in Albuquerque in May. Union rates.
Location Scouts Wanted | Our production company is shooting a period drama and needs farmhouses and barns.
Shooting Schedule Software | Stripboards, call sheets and crew lists for indie productions.
Smash Room? No, Smash Hits! | Karaoke lounge with 40,000 songs and private rooms. No alcohol, just snacks.
Blast From the Past Skate Night | 80s music, roller skates and a costume contest. Family session 6-8pm.
Killer Mystery Dinner Theatre | Solve the case over three courses. Sundays at the Grand.
Ghost Walk: Murder in the Old Town | Guided night walk through the city's spookiest stories. Ages 12+.
Paintball Birthday Package | Two hours, 500 paintballs, masks and markers for 10 players. Ages 10+.
Laser Tag League Night | Adult teams of 5 battle it out Thursdays. Season pass $60.
Archery Lessons at Greenfield Range | Target archery for ages 8 and up. Certified coaches, equipment provided.
~Target Archery Lessons for Ages 8+ | Greenfield Range coaches, equipment on site. Saturday mornings.
Axe Throwing League, Sober-Friendly | Lanes, coaches and a snack bar. Closed-toe shoes required.
Foam Blaster Arena | Nerf-style battles for kids' birthdays. Blasters and goggles provided.
Water Gun Fight in the Park | Free summer event. Bring your own water blaster, we bring the buckets.
Sword Fighting Class: Historical Fencing | Learn longsword technique with padded training swords. Beginners welcome.
@ vertical=fitness lang=en tricky=1
Kickboxing Fundamentals | Hit pads, not people. Beginners' class Tuesdays at 6.
Boxing for Parkinson's | Non-contact boxing class that improves balance and strength. Medical clearance required.
Crush Your Cardio at Lunch | 30-minute HIIT sessions in the office tower basement. Shower and towel service included.
Punch-Card Yoga Pass | 10 classes for $120. No expiry.
Self-Defence Workshop for Seniors | Awareness, balance and breaking free from grabs. Community centre, free.
Sled Pushes and Sandbags at Dawn | Riverside strength circuit, all levels, coffee after. Monday, Wednesday, Friday.
Rowing Machine, Killer Workout | Quiet magnetic resistance, folds flat. $599.
@ vertical=food_beverage lang=en tricky=1
Killer Chili Recipe Contest | Bring your best pot of chili. Judges pick three winners. Free to enter.
Death by Chocolate Milkshake | Fudge, brownie pieces and cocoa nibs blended thick. Diner counter only.
Nuclear Wings Challenge | Finish 12 of our hottest wings in 6 minutes and your photo goes on the wall.
Slaughterhouse Five Burger | Five patties, five cheeses. Named after the owner's favourite novel.
Hit the Spot Smoothies | Protein smoothies from $6 at the gym café.
Flame-Grilled Skewers | Chicken, halloumi and veg skewers on charcoal. Takeaway until 10.
"""
