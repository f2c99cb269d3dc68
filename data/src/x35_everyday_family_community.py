# Second batch (x*), plain compliant: pets, baby and kids, toys, crafts,
# office supplies, sports and outdoors, events, nonprofit, government,
# photography.  Hook-style headlines with concrete details.
DATA = r"""
@ vertical=pets lang=en
Your Cat Ignores the Scratching Post? | Try our cardboard lounger with catnip pockets. Replaceable inserts, $24.
Senior Dog Day Care | Slow walks, nap rooms and medication reminders for older dogs.
Rabbit Boarding While You Travel | Spacious runs, fresh greens daily, vet on call.
Puppy Kindergarten, Six Weeks | Socialisation and basic manners for pups 10-16 weeks.
Lost Pet Microchip Clinic | Chips implanted for $20 this Saturday at the shelter.
Axolotl Care Night | Learn cold-water tank setup from our amphibian keeper. Free, bring photos of your tank.
Dog Walker on Your Lunch Break | 30-minute solo walks with photo updates. $18.
Horse Tack Consignment | Saddles, bridles and blankets sold on commission.
Raw Food for Dogs, Delivered Frozen | Portioned meals based on your dog's weight. Vet-formulated.
Bird Cage Deep Clean | We sanitise large parrot cages on-site.
@ vertical=baby_kids lang=en
Booster Seat or Seat Belt? | Our free chart shows when kids are ready to move up. Pick one up at any library.
Baby Sleep Consultant | Gentle plans for babies 4-18 months. Video call and two weeks of support.
Cloth Nappy Library | Borrow a trial kit for a month before you buy. $10 deposit.
Kids' Haircuts With Cartoons | Sit in a race-car chair and watch a show. $18.
Twins Club Swap Meet | Buy and sell double strollers and matching outfits. Sunday at the school gym.
Sibling Prep Class | Help toddlers get ready for a new baby. Books and a doll to practise with.
After-School Robotics | Build and program robots, ages 8-12. Pickup from three schools.
Summer Day Camp With Swimming | Ages 5-12, 8am-5pm, lunch included.
@ vertical=toys lang=en
Marble Run, 150 Pieces | Build towers and spirals. Ages 5+. $39.
Wooden Train Set Compatible With All Brands | 60 pieces, beech wood, non-toxic paint.
Puppet Theatre for the Living Room | Foldable stage and 6 hand puppets.
Magnetic Tiles Mega Pack | 120 tiles with wheels and windows. Ages 3+.
Kids' Telescope | See Saturn's rings from your garden. Easy setup, $89.
Dollhouse Repair | We fix and repaint vintage dollhouses and furniture.
@ vertical=crafts lang=en
Pottery Wheel Taster | Two hours on the wheel, pieces glazed and fired for you. $55.
Knitting Circle at the Yarn Shop | Bring any project, get help with tricky stitches. Wednesdays.
Stained Glass Suncatcher Workshop | Cut, foil and solder your own piece. All tools provided.
Quilting Fabric Bundles | Fat quarters in curated colour palettes. 10 for $28.
Bookbinding Weekend | Make three hand-sewn journals with leather covers.
Candle Making Night | Pour two soy candles and choose your scents. $40.
@ vertical=office_supplies lang=en
Ergonomic Chair Fitting | Try 12 chairs and get adjusted by a specialist. Free with purchase.
Custom Rubber Stamps | Return address and logo stamps in 3 days.
Printer Paper by the Case | 10 reams delivered to your office next day. $48.
Whiteboard Walls | Turn any wall into a writable surface. Paint kits and installation.
Fountain Pen Clinic | Nib tuning and cleaning at the stationery shop, first Saturday monthly.
@ vertical=sports_outdoors lang=en
Kayak Lessons on Calm Water | Two-hour intro on the lake, boats and life jackets included.
Ski Tuning Before the Season | Base grind and wax for $45. Drop off this week.
Trail Running Shoes Demo Day | Try six brands on the park loop. Saturday morning.
Tennis Racquet Restringing | Same-day stringing, 20 string types in stock.
Youth Soccer Registration | Fall season for ages 4-14. Scholarships available.
Fly-Tying Evenings | Learn to tie trout flies. Materials provided. Tuesdays at the club.
Golf Lessons for Beginners | Three lessons and a range bucket for $99.
Sailing Course, Level 1 | Two weekends on small keelboats. Certification included.
@ vertical=events lang=en
Night Market Returns | Street food, makers and live music every Friday in June.
Zine Fest at the Old Mill | 80 self-publishers, risograph demos and a kids' drawing table. Free entry.
Antiques Fair at the Showground | 200 dealers, valuations from experts on Sunday.
Dog Show for Mixed Breeds | Waggiest tail and best trick categories. Entry $5, proceeds to the shelter.
Harvest Festival | Apple picking, hay rides and pie contest. Free parking.
Science Festival Open Labs | Tour university labs and try experiments. Free for families.
Lantern Parade | Make a lantern at the workshop, then walk the river path at dusk.
@ vertical=nonprofit lang=en
Mentor a Young Person | One hour a week can change a teen's year. Training provided.
Food Bank Volunteers Needed | Sort donations on Saturday mornings. Groups welcome.
Donate Your Old Laptop | We wipe and refurbish laptops for students without computers.
Adopt a Highway Clean-Up | Join our crew on the first Sunday of the month. Vests and bags provided.
Seed Library Swap | Bring saved seeds, take new ones home. Friends of the Library, April 5.
Animal Shelter Foster Families | Take a cat or dog home for a few weeks. Supplies provided.
Hospice Volunteer Training | Offer company and comfort to patients. Next course starts in March.
@ vertical=government lang=en
Report a Pothole in Two Taps | Snap a photo in the city app and crews are dispatched within 5 working days.
Bulk Waste Pickup Week | Put large items at the curb by Monday 6am.
Public Comment: New Bike Lanes | Share your view on the Elm Street design at the library on Thursday.
Park Permit for Birthday Parties | Reserve a picnic shelter online from $30.
Free Tax Help for Seniors | IRS-certified volunteers at the community centre, February to April.
Hunting and Fishing Licences Online | Buy this year's licences from your phone.
@ vertical=photography lang=en
Camera Club Photo Walk | Explore the old docks with fellow photographers. Free, all levels.
Photo Restoration | Scratches and tears repaired on old family photos. From $20.
Passport and Visa Photos | Compliant photos for 90 countries, printed in 5 minutes.
School Portrait Retakes | Missed picture day? Retakes on October 14.
"""
