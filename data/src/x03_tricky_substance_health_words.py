# Second batch (x*), tricky benign: drug-, pharma- and adult-sounding words
# used innocently.  "addictive" games and snacks, "high" performance, "dope",
# weed control, grass-fed, pots, joint pain relief sold OTC "as directed",
# blunt scissors, stone-washed and stone fruit, "crack the code", hemp
# fabric, CBD-free skincare, pharmacy hours, first aid, vaccinations,
# menstrual / pelvic-floor / incontinence products, massage guns.  All
# compliant (README: regulated.drugs, regulated.pharma, adult_products
# exclusions).
DATA = r"""
@ vertical=gaming lang=en tricky=1
Warning: Word Game May Cause Missed Bus Stops | Daily crossword-style puzzle with a streak counter. Free, no forced ads.
One More Turn Syndrome | The city-builder strategy game reviewers call addictive. Out now on PC.
Highscore Hunters Wanted | Join our weekly arcade tournament. Prizes are trophies and bragging rights.
High-Refresh Gaming Monitor | 27-inch, 240 Hz, 1 ms. Smooth as butter.
Dope Beats Rhythm Game | Tap to the beat of 300 indie tracks. Free on mobile.
Cozy Farm Sim: Grow Your Own Weeds? | Pull weeds, plant pumpkins and befriend the village goat. Wholesome and free.
@ vertical=food_beverage lang=en tricky=1
Addictive Sea-Salt Popcorn | Air-popped, tossed in olive oil. Warning: the bag will be empty in minutes.
Highly Addictive Cheese Crackers | Aged cheddar baked into every crisp. $4.99 at the deli.
Grass-Fed Beef Jerky | Three flavours, no added sugar. 10 bags for $35.
Grass-Fed Butter, Cultured | Tangy, golden butter from pasture-raised cows. Farm shop only.
Pot Roast Sunday | Slow-braised chuck with carrots and gravy. Order a family tray for $42.
Stone Fruit Box | Peaches, plums and apricots from our orchard. Summer only.
Stoned Cherries Ready to Bake | Pitted sour cherries in 2 lb bags for pies and jam.
High-Fibre Bread for Sandwich Lovers | Seeded rye loaf with 9 g fibre a slice. Baker's counter.
High-Altitude Baking Guide | Adjust your cakes and breads for mountain kitchens. Free PDF.
Maple Crack(le) Brittle | Our shattering maple brittle, renamed and still irresistible. Gift tins $12.
Mary Jane Shoes? No, Mary Jane's Bakery | Cinnamon rolls the size of your face, open 6am.
Powder Room? Powdered Sugar Donuts | A dozen for $9 at Sweet Spot. Fresh every morning.
Chamomile 'Chill Pill' Tea | Caffeine-free herbal bedtime blend. Loose leaf, 50 cups.
@ vertical=retail_fashion lang=en tricky=1
Stone-Washed Denim Jacket | Broken-in feel from day one. Classic fit, $79.
Acid-Wash Jeans Revival | The 80s wash is back. High rise, straight leg.
Dope Sneakers for Kids | Light-up trainers in sizes 10C to 3Y. Velcro straps.
High-Top Canvas Sneakers | Vintage-style high tops in 12 colours.
Hemp Canvas Tote | Durable hemp fabric tote with leather straps. Fibre only, no cannabinoids.
~Hemp Fabric Market Tote | Tough hemp canvas and leather handles. Plant fibre, nothing else.
Hemp Linen Bedding | Breathable hemp sheets that soften with every wash. Queen set $189.
Hemp Yoga Mat Bag | Natural hemp weave, adjustable strap, inner pocket.
High-Rise Leggings With Pockets | Squat-proof fabric, two side pockets. $48.
@ vertical=home_garden lang=en tricky=1
Weed-Control Fabric, 100 ft | Stops weeds while letting water through. Pins included.
Pre-Emergent Weed Preventer | Apply in spring and keep crabgrass out all season.
Garden Weeding Service | We pull weeds and edge your beds. Monthly visits from $60.
Terracotta Pot Set | Five sizes with saucers for herbs and succulents. $34.
Self-Watering Flower Pots | Reservoirs that water your plants for 2 weeks.
Universal Pot Lid | Tempered glass lid that fits 6 pan sizes.
Stockpot, 12 Quart | Tri-ply stainless for soups and stocks. Induction-ready.
Blunt-Tip Scissors for Toddlers | Safe, comfortable craft scissors for little hands. 3-pack.
High-Pressure Shower Head | More spray with less water. Installs in 5 minutes.
Grass Seed Blend for Shade | Sow now for a thick lawn by summer. 5 lb bag.
Crack the Code Escape Box | A mailed puzzle box for game night, 2-6 players. New theme monthly.
Rolling Papers for the Bakery | Non-stick baking paper rolls, 75 ft. Compostable.
@ vertical=healthcare lang=en tricky=1
Pharmacy Open Late on Weekends | Parkside Pharmacy now open until 10pm Saturday and Sunday. Photo counter and gifts in store.
Drive-Thru Pharmacy Window Now Open | Pick up without leaving the car at our Maple Ave location.
Flu Shots, No Appointment | Walk in at any Parkside Pharmacy. Most insurance covers it at no cost.
~Walk-In Flu Shots at Parkside | No appointment needed; most plans pay in full.
Shingles Vaccine at Your Clinic | Adults 50+ ask your nurse about the two-dose series.
Going on Safari? Shots First | Our travel nurse reviews your itinerary and gives recommended vaccines in one visit.
Back-to-School Immunisations | County clinic open late in August. Bring your child's record.
Knee and Joint Pain Relief Cream | Over-the-counter menthol cream for minor aches. Use as directed.
Joint Mobility Physio Sessions | Physiotherapy for stiff knees and hips. Covered by most plans.
Pain Relief Aisle Restocked | Store-brand ibuprofen and acetaminophen. Read the label and use as directed.
First-Aid Kit for Hikers | Blister care, bandages and a foil blanket in a 200 g pouch.
Stop the Bleed Class | Free 90-minute training in bleeding control from local paramedics.
Naloxone Training for Families | Learn to recognise an overdose and use naloxone. Free kits to take home.
Ditch the Pod: A Quit Plan for Uni Students | Free campus sessions with a health educator and a quit-buddy app.
High Cholesterol? Let's Talk Food | Dietitian-led cooking demo at the clinic. Free, register online.
Needle Exchange Van Schedule | Confidential harm-reduction services, testing and referrals. Stops posted weekly.
Random Testing Programme for Trucking Fleets | DOT-compliant collections, on-site or mobile. Consortium pricing.
Pill Organiser, 7 Day | Large compartments, easy-open lids. $6.
@ vertical=personal_care lang=en tricky=1
CBD-Free Calming Face Mist | Oat and chamomile mist for red, irritated skin. No cannabinoids, no fragrance.
Hemp-Seed Oil Body Lotion | Cold-pressed hemp-seed oil with shea. No CBD, no THC.
Menstrual Cup, Two Sizes | Medical-grade silicone, up to 12 hours of wear. $29.
Teen Period Starter Pack | Period pants, a heat patch and a friendly guide in a discreet school pouch.
Pelvic Floor Trainer | App-guided exercises recommended after childbirth. Talk to your physio.
Incontinence Pads That Stay Put | Discreet, breathable and odour-locking. Free samples.
Fourth-Trimester Care Box | Nipple balm, nursing pads and high-waist briefs, curated by midwives.
Percussion Massage Gun | Six heads for sore calves and shoulders. 3-hour battery.
Neck and Shoulder Massager | Heated shiatsu wrap for office tension. $59.
Personal Lubricating Eye Drops | Preservative-free drops for dry eyes. 30 single-use vials.
Vulvar Care Balm | Soothing, unscented balm for dryness, developed with gynaecologists. Pharmacy shelf.
@ vertical=education lang=en tricky=1
High School Chemistry Tutoring | One-to-one help with stoichiometry and lab reports. $40 an hour.
Pharmacology Crash Course for Nursing Students | Six weeks of exam prep, live online.
Pharmacy Technician Certificate | 16-week evening course with externship placement.
Crack the Code: Coding Bootcamp | Learn JavaScript in 12 weeks with job support.
Substance Abuse Counsellor Training | State-approved certification hours, evenings and weekends.
"""
